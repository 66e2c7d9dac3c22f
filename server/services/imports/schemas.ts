/** Inputs of the import procedures (pure zod: the page imports it too). */
import { z } from 'zod';
import { DATE_FORMATS } from '../../imports/cells/date-formats';
import { IMPORT_ENTITIES } from '../../imports/importer';

export const importEntitySchema = z.enum(IMPORT_ENTITIES, { error: `Choose what the file holds: ${IMPORT_ENTITIES.join(', ')}.` });

/** A key the page makes per operation to poll its progress. */
export const progressKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A progress key is 8 to 64 letters, digits, - or _.');

export const importTemplateInput = z.object({ entity: importEntitySchema });

export const previewImportInput = z.object({
  entity: importEntitySchema,
  /** What `storeUpload` returned for the streamed file (the upload route calls preview right after). */
  uploadId: z.string().regex(/^[0-9a-f]{64}-[0-9a-f]{32}$/, 'Upload the file again.'),
  fileName: z.string().trim().min(1, 'The file needs a name.').max(255, 'A file name has at most 255 characters.'),
  progressKey: progressKeySchema.optional(),
});

/** The user's mapping of a file's headers to the template's columns ('' = ignore), and the date format chosen. */
export const rereadImportInput = z.object({
  importId: z.uuid({ error: 'Choose an import from the list.' }),
  mapping: z
    .record(z.string().max(200, 'A header has at most 200 characters.'), z.string().max(100))
    .refine((m) => Object.keys(m).length <= 300, 'At most 300 columns can be mapped.')
    .optional(),
  dateFormat: z.enum(DATE_FORMATS, { error: `Choose a date format: ${DATE_FORMATS.join(', ')}.` }).optional(),
  progressKey: progressKeySchema.optional(),
});

export const importIdInput = z.object({ importId: z.uuid({ error: 'Choose an import from the list.' }) });

export const commitImportInput = importIdInput.extend({ progressKey: progressKeySchema.optional() });

export const listImportsInput = z.object({
  entity: importEntitySchema.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export type ImportTemplateInput = z.infer<typeof importTemplateInput>;
export type PreviewImportInput = z.infer<typeof previewImportInput>;
export type CommitImportInput = z.infer<typeof commitImportInput>;
export type RereadImportInput = z.infer<typeof rereadImportInput>;
export type ImportIdInput = z.infer<typeof importIdInput>;
export type ListImportsInput = z.infer<typeof listImportsInput>;
