/**
 * The frame every digest email shares: preview line, header with the organization, footer saying why the
 * reader gets it with links to their preferences and a one-click unsubscribe. Inline styles only (mail
 * clients drop style sheets); system fonts.
 */
import type { ReactNode } from 'react';
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';

export const styles = {
  body: { backgroundColor: '#f8fafc', fontFamily: 'Helvetica, Arial, sans-serif', color: '#0f172a', margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', border: '1px solid #e2e8f0', borderRadius: 8, maxWidth: 640, padding: '24px 28px' },
  h1: { fontSize: 20, lineHeight: '28px', margin: '0 0 4px' },
  h2: { fontSize: 16, lineHeight: '24px', margin: '24px 0 8px' },
  muted: { color: '#475569', fontSize: 13, lineHeight: '20px', margin: '0 0 8px' },
  text: { fontSize: 14, lineHeight: '22px', margin: '0 0 8px' },
  link: { color: '#1d4ed8', textDecoration: 'underline' },
  table: { width: '100%', borderCollapse: 'collapse' as const, fontSize: 13 },
  th: { textAlign: 'left' as const, color: '#475569', fontWeight: 600, borderBottom: '1px solid #e2e8f0', padding: '6px 4px' },
  thRight: { textAlign: 'right' as const, color: '#475569', fontWeight: 600, borderBottom: '1px solid #e2e8f0', padding: '6px 4px' },
  td: { borderBottom: '1px solid #f1f5f9', padding: '6px 4px', verticalAlign: 'top' as const },
  tdRight: { borderBottom: '1px solid #f1f5f9', padding: '6px 4px', textAlign: 'right' as const, whiteSpace: 'nowrap' as const },
  miss: { color: '#b91c1c', fontWeight: 600 },
  footer: { color: '#64748b', fontSize: 12, lineHeight: '18px', margin: '0 0 6px' },
} as const;

export interface DigestFrameProps {
  preview: string;
  title: string;
  subtitle: string;
  reason: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  children: ReactNode;
}

export function DigestFrame({ preview, title, subtitle, reason, preferencesUrl, unsubscribeUrl, children }: DigestFrameProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={{ ...styles.muted, fontWeight: 600, letterSpacing: 0.5 }}>FOOTPRINT</Text>
          <Heading as="h1" style={styles.h1}>
            {title}
          </Heading>
          <Text style={styles.muted}>{subtitle}</Text>
          {children}
          <Hr style={{ borderColor: '#e2e8f0', margin: '24px 0 12px' }} />
          <Section>
            <Text style={styles.footer}>{reason}</Text>
            <Text style={styles.footer}>
              <Link href={preferencesUrl} style={styles.link}>
                Change when you get this digest
              </Link>
              {' · '}
              <Link href={unsubscribeUrl} style={styles.link}>
                Unsubscribe
              </Link>
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
