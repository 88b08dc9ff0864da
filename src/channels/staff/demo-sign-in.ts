/**
 * The local stack's demo sign-in (issue 13): `npm start` prints a console URL carrying a
 * one-time code for the `demo` tenant's admin, valid for 30 minutes and used once.
 */
import type { Clock } from '../../domain/time';
import type { StoreContext } from '../../store/repository-kit';
import { createStaffCredentialsRepository } from '../../store/repositories/staff-credentials';
import { createStaffIdentity, type StaffMember } from './identity';

/** Who the demo token and the demo link sign in as. */
export const DEMO_STAFF_ADMIN: StaffMember = { tenant_id: 'demo', staff_id: 'staff_demo_admin', name: 'Demo admin', role: 'admin' };

/** A fresh one-time sign-in URL for the demo admin. */
export async function demoConsoleLink(store: StoreContext, clock: Clock, baseUrl: string): Promise<string> {
  const auth = createStaffIdentity({ credentials: createStaffCredentialsRepository(store), clock });
  const code = await auth.createOnceCode(DEMO_STAFF_ADMIN);
  return `${baseUrl}/console/sign-in/once?code=${encodeURIComponent(code.presented)}`;
}
