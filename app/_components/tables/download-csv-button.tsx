'use client';
import { Button } from '../ui/button';
import { csvFileName, toCsv, type CsvCell } from './csv';

export interface DownloadCsvButtonProps {
  /** Parts of the file name (the date is appended): ['members', org]. */
  fileName: string[];
  header: readonly string[];
  /** The rows, or a function that builds them when clicked. */
  rows: readonly (readonly CsvCell[])[] | (() => readonly (readonly CsvCell[])[]);
  disabled?: boolean;
  label?: string;
}

/** Builds the CSV in the browser and downloads it (UTF-8 with a BOM, so Excel reads accents right). */
export function DownloadCsvButton({ fileName, header, rows, disabled, label = 'Download CSV' }: DownloadCsvButtonProps) {
  function download() {
    const data = typeof rows === 'function' ? rows() : rows;
    const blob = new Blob(['\uFEFF', toCsv(header, data)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = csvFileName(...fileName);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  return (
    <Button variant="secondary" size="sm" onClick={download} disabled={disabled} data-testid="download-csv">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M10 3v10m0 0-4-4m4 4 4-4M4 15v2h12v-2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {label}
    </Button>
  );
}
