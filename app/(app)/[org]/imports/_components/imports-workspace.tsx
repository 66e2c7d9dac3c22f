'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { ConfirmDialog } from '../../../../_components/ui/dialog';
import { SelectField } from '../../../../_components/ui/select';
import { Notice } from '../../../../_components/ui/notice';
import { OfferPlanningRun } from './offer-planning-run';
import { ImportCounts, PreviewPanel } from './preview-panel';
import { ProgressBar } from '../../../../_components/progress/progress-bar';
import { ReadOptionsPanel, type ReadChoice } from './read-options-panel';
import { formatRate, formatTimeLeft } from '../../../../_components/format/progress-rate';
import { TemplatePanel } from './template-panel';
import { formatBytes, type EntityOption, type ImportPreview, type ImportSummary } from './types';
import { newProgressKey, uploadForPreview } from './upload-file';
import { useOperationProgress } from '../../../../_components/progress/use-operation-progress';

type Phase = 'idle' | 'uploading' | 'checking' | 'previewed' | 'committing' | 'done';

/** Pick what the file holds, read its columns, upload, check the preview, commit or discard. */
export function ImportsWorkspace({ org, entities, canImport, maxBytes, timezone }: { org: string; entities: EntityOption[]; canImport: boolean; maxBytes: number; timezone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [entity, setEntity] = useState<EntityOption>(entities[0] as EntityOption);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [sent, setSent] = useState({ bytes: 0, total: 0 });
  const [progressKey, setProgressKey] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [committed, setCommitted] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [version, setVersion] = useState(0);
  const { progress: server, rowsPerSecond, secondsLeft } = useOperationProgress(org, progressKey, phase === 'checking' || phase === 'committing');
  const pace = [formatRate(rowsPerSecond), formatTimeLeft(secondsLeft)].filter(Boolean).join(' · ');
  const withPace = (text: string) => (pace ? `${text} · ${pace}` : text);
  const refreshHistory = () => queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey() });

  const commit = useMutation(trpc.imports.commit.mutationOptions());
  const reread = useMutation(trpc.imports.reread.mutationOptions());
  const discard = useMutation(trpc.imports.discard.mutationOptions());

  function reset() {
    setPhase('idle');
    setPreview(null);
    setCommitted(null);
    setError(null);
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  async function upload() {
    if (!file) return;
    setError(null);
    setPreview(null);
    setCommitted(null);
    if (file.size > maxBytes) {
      setError(`The file is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}. Split it into smaller files, each with the header row.`);
      return;
    }
    const key = newProgressKey();
    setProgressKey(key);
    setSent({ bytes: 0, total: file.size });
    setPhase('uploading');
    try {
      const result = await uploadForPreview({
        org,
        entity: entity.entity,
        file,
        progressKey: key,
        onUploadProgress: (bytes, total) => setSent({ bytes, total }),
        onUploaded: () => setPhase('checking'),
      });
      setPreview(result);
      setPhase('previewed');
      void refreshHistory();
    } catch (e) {
      setError(errorMessage(e));
      setPhase('idle');
    }
  }

  async function runReread(choice: ReadChoice) {
    if (!preview) return;
    const key = newProgressKey();
    setProgressKey(key);
    setPhase('checking');
    setError(null);
    try {
      const result = await reread.mutateAsync({ org, importId: preview.import.id, mapping: choice.mapping, dateFormat: choice.dateFormat, progressKey: key });
      setPreview(result);
      setVersion((v) => v + 1);
      void refreshHistory();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPhase('previewed');
    }
  }

  async function runCommit() {
    if (!preview) return;
    const key = newProgressKey();
    setProgressKey(key);
    setPhase('committing');
    setError(null);
    try {
      const result = await commit.mutateAsync({ org, importId: preview.import.id, progressKey: key });
      setCommitted(result.import);
      setPhase('done');
      if (result.import.status === 'committed') void queryClient.invalidateQueries();
      else void refreshHistory();
    } catch (e) {
      setError(errorMessage(e));
      setPhase('previewed');
    }
  }

  async function runDiscard() {
    if (!preview) return;
    try {
      await discard.mutateAsync({ org, importId: preview.import.id });
      setConfirmDiscard(false);
      reset();
      void refreshHistory();
    } catch (e) {
      setError(errorMessage(e));
      setConfirmDiscard(false);
    }
  }

  const busy = phase === 'uploading' || phase === 'checking' || phase === 'committing';
  const canCommit = canImport && preview && !preview.alreadyImported && preview.import.status === 'previewed' && preview.import.counts.errors === 0 && phase === 'previewed';
  const rowsFraction = server?.totalRows ? server.rows / server.totalRows : server?.totalBytes ? server.bytes / server.totalBytes : null;

  return (
    <section aria-labelledby="new-import" className="space-y-5 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="new-import" className="text-lg font-semibold text-slate-900">
        Import a file
      </h2>
      <div className="max-w-md">
        <SelectField
          id="import-entity"
          label="What the file holds"
          value={entity.entity}
          disabled={busy}
          onChange={(e) => {
            const next = entities.find((x) => x.entity === e.target.value);
            if (next) setEntity(next);
            reset();
          }}
          options={entities.map((x) => ({ value: x.entity, label: x.label }))}
        />
      </div>
      <TemplatePanel org={org} entity={entity} />

      {canImport ? (
        <div className="space-y-3">
          <div className="flex flex-wrap items-end gap-3">
            <div className="space-y-1">
              <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
                CSV file (up to {formatBytes(maxBytes)})
              </label>
              <input
                ref={fileInput}
                id={fileId}
                type="file"
                accept=".csv,text/csv"
                disabled={busy}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setPreview(null);
                  setCommitted(null);
                  setError(null);
                  setPhase('idle');
                }}
                className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
              />
            </div>
            <Button onClick={() => void upload()} disabled={!file || busy} pending={phase === 'uploading' || phase === 'checking'} pendingText="Checking…">
              Upload and check
            </Button>
          </div>
          {phase === 'uploading' ? <ProgressBar label="Uploading" fraction={sent.total ? sent.bytes / sent.total : null} detail={`${formatBytes(sent.bytes)} of ${formatBytes(sent.total)}`} /> : null}
          {phase === 'checking' && server?.stage === 'upload' ? <ProgressBar label="Saving the file" fraction={server.totalBytes ? server.bytes / server.totalBytes : null} detail={formatBytes(server.bytes)} /> : null}
          {phase === 'checking' && server?.stage !== 'upload' ? (
            <ProgressBar label="Checking every row" fraction={server?.totalBytes ? server.bytes / server.totalBytes : null} detail={server ? withPace(`${server.rows.toLocaleString('en-US')} rows read`) : 'starting…'} />
          ) : null}
        </div>
      ) : (
        <Notice tone="info">You can read the templates and the history; importing needs the planner role or higher.</Notice>
      )}

      {error ? <Notice tone="error">{error}</Notice> : null}

      {preview && phase !== 'done' && canImport && !preview.alreadyImported && preview.layout ? (
        <ReadOptionsPanel key={`${preview.import.id}-${version}`} org={org} entity={entity} preview={preview} pending={phase === 'checking'} onSubmit={(choice) => void runReread(choice)} />
      ) : null}
      {preview && phase !== 'done' ? <PreviewPanel preview={preview} entity={entity} timezone={timezone} /> : null}
      {phase === 'committing' && server?.phase === 'writing' ? (
        <ProgressBar label="Writing to the database" fraction={null} detail={`${(server.totalRows ?? server.rows).toLocaleString('en-US')} rows checked, now written in one go`} />
      ) : phase === 'committing' ? (
        <ProgressBar label="Importing: checking every row again" fraction={rowsFraction} detail={server ? withPace(`${server.rows.toLocaleString('en-US')} rows checked`) : 'starting…'} />
      ) : null}

      {preview && (phase === 'previewed' || phase === 'committing') && canImport && !preview.alreadyImported ? (
        <div className="flex flex-wrap gap-3">
          <Button onClick={() => void runCommit()} disabled={!canCommit} pending={phase === 'committing'} pendingText="Importing…" data-testid="commit-import">
            Commit {(preview.import.counts.new + preview.import.counts.updated).toLocaleString('en-US')} change{preview.import.counts.new + preview.import.counts.updated === 1 ? '' : 's'}
          </Button>
          <Button variant="secondary" onClick={() => setConfirmDiscard(true)} disabled={phase === 'committing'}>
            Discard
          </Button>
          {preview.import.counts.errors > 0 ? <span className="self-center text-sm text-red-700">Fix the problems and upload the file again: a file is imported whole or not at all.</span> : null}
        </div>
      ) : null}

      {committed ? (
        <div className="space-y-3" data-testid="import-result">
          {committed.status === 'committed' ? (
            <Notice tone="success">
              Imported {committed.fileName}: {committed.counts.new.toLocaleString('en-US')} new and {committed.counts.updated.toLocaleString('en-US')} updated {entity.recordNoun},{' '}
              {committed.counts.unchanged.toLocaleString('en-US')} unchanged.
            </Notice>
          ) : (
            <Notice tone="error">Nothing was imported: the rows were checked again and some have problems now (the data changed since the preview). They are listed below.</Notice>
          )}
          <ImportCounts summary={committed} entity={entity} />
          {committed.status === 'committed' && committed.entity === 'orders' && canImport ? <OfferPlanningRun org={org} timezone={timezone} /> : null}
          {committed.status === 'failed' && preview ? <PreviewPanel preview={{ ...preview, import: committed, sample: [] }} entity={entity} timezone={timezone} /> : null}
          <Button variant="secondary" onClick={reset}>
            Import another file
          </Button>
        </div>
      ) : null}

      <ConfirmDialog
        open={confirmDiscard}
        title="Discard this preview?"
        confirmLabel="Discard"
        pending={discard.isPending}
        onConfirm={() => void runDiscard()}
        onCancel={() => setConfirmDiscard(false)}
      >
        The uploaded file and its check are dropped. Nothing from it was imported.
      </ConfirmDialog>
    </section>
  );
}
