import type { ReactNode } from 'react';
import { CenteredCard } from '../_components/layout/centered-card';

/** Sign-in, sign-up and verify: the wordmark above one centered card. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <CenteredCard>{children}</CenteredCard>;
}
