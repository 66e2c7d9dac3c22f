import { redirect } from 'next/navigation';

/** `/northwind` → `/northwind/dashboard`. */
export default async function OrganizationIndex({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  redirect(`/${encodeURIComponent(org)}/dashboard`);
}
