import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { TRPCReactProvider } from './_trpc/client';

export const metadata: Metadata = {
  title: { default: 'Footprint', template: '%s · Footprint' },
  description: 'Distributed inventory: where your stock should sit, and how each region is served.',
};

/** Every page is rendered per request: its scripts carry the request's CSP nonce (proxy.ts). */
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <NuqsAdapter>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </NuqsAdapter>
      </body>
    </html>
  );
}
