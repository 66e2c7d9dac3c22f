import { and, eq, gt, isNull } from 'drizzle-orm';
import { withGlobal, withTenant, type Database } from '@/db/client';
import { auditLog, invitations, memberships, organizations } from '@/db/schema';
import { Conflict, Forbidden, NotFound } from '../../errors';
import { hashInvitationToken } from './token';

async function findOpenInvitation(db: Database, token: string) {
  return withGlobal(db, async (tx) => {
    const [row] = await tx
      .select({ invitation: invitations, organization: organizations })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
      .where(and(eq(invitations.tokenHash, hashInvitationToken(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
      .limit(1);
    if (!row) throw new NotFound('This invitation link is invalid, expired, revoked or already used.');
    return row;
  });
}

/** What the invitation page shows before the visitor accepts. */
export async function previewInvitation({ db, token }: { db: Database; token: string }) {
  const { invitation, organization } = await findOpenInvitation(db, token);
  return { email: invitation.email, role: invitation.role, organization: { name: organization.name, slug: organization.slug }, expiresAt: invitation.expiresAt };
}

/** Accepts as the signed-in user, whose email must be the invited one. Creates the membership. */
export async function acceptInvitation({ db, token, user }: { db: Database; token: string; user: { id: string; email: string } }) {
  const { invitation, organization } = await findOpenInvitation(db, token);
  if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
    throw new Forbidden(`This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
  }
  return withTenant(db, organization.id, async (tx) => {
    const [existing] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.organizationId, organization.id), eq(memberships.userId, user.id)))
      .limit(1);
    if (existing) throw new Conflict(`You are already a member of ${organization.name}.`);
    const used = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (used.length === 0) throw new Conflict('This invitation was just used.');
    await tx.insert(memberships).values({ organizationId: organization.id, userId: user.id, role: invitation.role });
    await tx.insert(auditLog).values({ tenantId: organization.id, actorId: user.id, action: 'invitation.accepted', entity: 'invitation', entityId: invitation.id, after: { role: invitation.role } });
    return { slug: organization.slug, name: organization.name };
  });
}
