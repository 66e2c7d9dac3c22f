'use client';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_components/forms/trpc-error';
import { Notice } from '../../../../../_components/ui/notice';
import { Spinner } from '../../../../../_components/ui/spinner';

/** The digest as the email would show it (a sandboxed frame: no scripts, no same-origin access), and its text part. */
export function DigestPreview({ org }: { org: string }) {
  const trpc = useTRPC();
  const preview = useQuery(trpc.digests.preview.queryOptions({ org }, { staleTime: 60_000 }));
  if (preview.isPending) return <Spinner label="Rendering the preview (figures and chart)…" className="mt-4" />;
  if (preview.isError) return <Notice tone="error" className="mt-4">{errorMessage(preview.error)}</Notice>;
  const p = preview.data;
  return (
    <div id="digest-preview" className="mt-4 space-y-3" data-testid="digest-preview">
      <dl className="grid gap-1 text-sm sm:grid-cols-[6rem_1fr]">
        <dt className="text-slate-500">To</dt>
        <dd className="text-slate-900">{p.to}</dd>
        <dt className="text-slate-500">Subject</dt>
        <dd className="font-medium text-slate-900" data-testid="digest-preview-subject">{p.subject}</dd>
      </dl>
      <iframe title={`Preview of the digest: ${p.subject}`} srcDoc={p.html} sandbox="" className="h-[900px] w-full rounded-md border border-slate-200 bg-white" />
      <details className="rounded-md border border-slate-200 bg-white p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">Plain-text part (what text-only mail clients show)</summary>
        <pre className="mt-2 overflow-x-auto font-mono text-xs whitespace-pre-wrap text-slate-800">{p.text}</pre>
      </details>
    </div>
  );
}
