import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { importCatalog } from '@/server/imports/registry';
import { maxImportBytes } from '@/server/imports/storage';
import { HydrateClient, prefetch, trpc } from '../../../_trpc/server';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { ImportHistory } from './_components/import-history';
import { ImportsWorkspace } from './_components/imports-workspace';

export const metadata: Metadata = { title: 'Imports' };
export const dynamic = 'force-dynamic';

export default async function ImportsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  const entities = importCatalog();
  const first = entities[0]?.entity ?? 'locations';
  prefetch(trpc.imports.list.queryOptions({ org: org.slug }));
  prefetch(trpc.imports.template.queryOptions({ org: org.slug, entity: first }));
  return (
    <HydrateClient>
      <PageHeading
        title="Imports"
        subtitle="Fill or update your data from CSV files: pick what the file holds, download its template, upload, check the preview (every problem with its row and column), then commit. A file is imported whole or not at all, and the same file twice changes nothing."
      />
      <div className="space-y-8">
        <ImportsWorkspace org={org.slug} entities={entities} canImport={hasRole(org.role, 'planner')} maxBytes={maxImportBytes()} timezone={org.timezone} />
        <ImportHistory org={org.slug} entities={entities} timezone={org.timezone} />
      </div>
    </HydrateClient>
  );
}
