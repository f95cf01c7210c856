import { createContext, useContext } from 'react';
import type { Permission } from '../../shared/permissions';
import type { SessionInfo } from '../../shared/schemas/auth';

export const SessionContext = createContext<SessionInfo | null>(null);

/** The signed-in, unlocked session; only screens inside the app shell may ask. */
export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

export function useCan(permission: Permission): boolean {
  return useSession().user.permissions.includes(permission);
}
