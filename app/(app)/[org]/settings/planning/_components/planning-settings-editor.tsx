'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PlanningSettings, PlanningSettingsView } from '@/server/services/planning-settings/schemas';
import { useTRPC } from '../../../../../_trpc/client';
import { formatDateTime } from '../../../../../_components/format/date';
import { errorMessage } from '../../../../../_components/forms/trpc-error';
import { Notice } from '../../../../../_components/ui/notice';
import { Spinner } from '../../../../../_components/ui/spinner';
import { PlanningSettingsForm } from './planning-settings-form';
import { SkuOverrides } from './sku-overrides';

/** Reads the settings, shows the form (editable for admins), saves through planningSettings.update. */
export function PlanningSettingsEditor({ org, timezone, canEdit }: { org: string; timezone: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.planningSettings.get.queryOptions({ org });
  const settings = useQuery(options);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.planningSettings.update.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: options.queryKey });
      },
    }),
  );

  if (settings.isPending) return <Spinner label="Loading the planning settings…" />;
  if (settings.isError) return <Notice tone="error">{errorMessage(settings.error, 'The planning settings could not be loaded.')}</Notice>;
  const view: PlanningSettingsView = settings.data;
  return (
    <div className="space-y-6">
      {view.updatedAt ? (
        <p className="text-sm text-slate-500">
          Last changed {formatDateTime(view.updatedAt, timezone)}
          {view.updatedBy ? ` by ${view.updatedBy.name ?? view.updatedBy.email}` : ''}. Every change is in the audit log.
        </p>
      ) : (
        <p className="text-sm text-slate-500">These are the defaults; nothing has been changed yet.</p>
      )}
      <PlanningSettingsForm
        key={view.updatedAt ? String(view.updatedAt) : 'defaults'}
        initial={view}
        timezone={timezone}
        canEdit={canEdit}
        pending={save.isPending}
        error={save.error}
        saved={saved}
        onSubmit={(value: PlanningSettings) => {
          setSaved(false);
          save.mutate({ org, ...value });
        }}
      />
      <SkuOverrides org={org} overrides={view.skuOverrides} canEdit={canEdit} onChanged={() => queryClient.invalidateQueries({ queryKey: options.queryKey })} />
    </div>
  );
}
