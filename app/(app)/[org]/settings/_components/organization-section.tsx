import { CopyButton } from '../../../../_components/ui/copy-button';
import { OrganizationForm } from './organization-form';
import { ReadOnlyNote, SettingsSection } from './settings-section';

export interface OrganizationDetails {
  name: string;
  slug: string;
  kind: 'importer' | 'provider';
  currency: string;
  timezone: string;
}

/** The organization's identity; admins can rename it and change its currency and time zone. */
export function OrganizationSection({ org, canEdit = false }: { org: OrganizationDetails; canEdit?: boolean }) {
  const identifierHint =
    org.kind === 'provider'
      ? 'Share this identifier with your clients: they enter it in their Settings → Provider access to give you access.'
      : 'The identifier is part of every address in this organization.';
  return (
    <SettingsSection id="organization" title="Organization">
      <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">Name</dt>
          <dd className="mt-0.5 font-medium text-slate-900">{org.name}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Kind</dt>
          <dd className="mt-0.5 text-slate-900">{org.kind === 'provider' ? '3PL provider' : 'Importer'}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-500">Identifier</dt>
          <dd className="mt-0.5 flex flex-wrap items-center gap-3">
            <code className="rounded bg-slate-100 px-2 py-1 font-mono text-slate-900" data-testid="organization-identifier">
              {org.slug}
            </code>
            <CopyButton value={org.slug} label="Copy identifier" />
          </dd>
          <dd className="mt-1 text-xs text-slate-500">{identifierHint}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Currency</dt>
          <dd className="mt-0.5 text-slate-900">{org.currency}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Time zone</dt>
          <dd className="mt-0.5 text-slate-900">{org.timezone}</dd>
        </div>
      </dl>
      {canEdit ? (
        <OrganizationForm org={org.slug} initial={{ name: org.name, currency: org.currency, timezone: org.timezone }} />
      ) : (
        <ReadOnlyNote>Owners and admins can change the name, currency and time zone.</ReadOnlyNote>
      )}
    </SettingsSection>
  );
}
