import { commitImport } from '../../services/imports/commit';
import { discardImport } from '../../services/imports/discard';
import { getImport } from '../../services/imports/get';
import { listImports } from '../../services/imports/list';
import { previewImport, rereadImport } from '../../services/imports/preview';
import { commitImportInput, importIdInput, importTemplateInput, listImportsInput, previewImportInput, rereadImportInput } from '../../services/imports/schemas';
import { getImportTemplate } from '../../services/imports/template';
import { router, tenantProcedure } from '../init';

/**
 * CSV imports. Files reach the server through the upload route (app/api/orgs/[org]/imports), which
 * streams the body to disk and then calls `preview` with the upload's id: a 50 MB file never travels
 * as JSON.
 */
export const importsRouter = router({
  template: tenantProcedure('viewer').input(importTemplateInput).query(({ ctx, input }) => getImportTemplate({ ctx, input })),
  preview: tenantProcedure('planner').input(previewImportInput).mutation(({ ctx, input }) => previewImport({ ctx, input })),
  /** The previewed file checked again with the user's column mapping and date format (remembered per header row). */
  reread: tenantProcedure('planner').input(rereadImportInput).mutation(({ ctx, input }) => rereadImport({ ctx, input })),
  commit: tenantProcedure('planner').input(commitImportInput).mutation(({ ctx, input }) => commitImport({ ctx, input })),
  discard: tenantProcedure('planner').input(importIdInput).mutation(({ ctx, input }) => discardImport({ ctx, input })),
  list: tenantProcedure('viewer').input(listImportsInput).query(({ ctx, input }) => listImports({ ctx, input })),
  get: tenantProcedure('viewer').input(importIdInput).query(({ ctx, input }) => getImport({ ctx, input })),
});
