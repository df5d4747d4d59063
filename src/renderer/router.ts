import { useSyncExternalStore } from 'react';

/** The screens of the app. Hash-based, so a reload (or an Electron file:// page) keeps the screen. */
export type Route =
  | { name: 'dashboard' }
  | { name: 'clients' }
  | { name: 'client'; clientId: number; tab: string }
  | { name: 'groups' }
  | { name: 'group'; groupId: number }
  | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second, third] = parts;
  const id = Number(second);
  if (first === 'clients' && Number.isInteger(id) && id > 0)
    return { name: 'client', clientId: id, tab: third ?? 'overview' };
  if (first === 'clients') return { name: 'clients' };
  if (first === 'groups' && Number.isInteger(id) && id > 0) return { name: 'group', groupId: id };
  if (first === 'groups') return { name: 'groups' };
  if (first === 'settings') return { name: 'settings' };
  return { name: 'dashboard' };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'dashboard':
      return '#/';
    case 'clients':
      return '#/clients';
    case 'client':
      return `#/clients/${route.clientId}/${route.tab}`;
    case 'groups':
      return '#/groups';
    case 'group':
      return `#/groups/${route.groupId}`;
    case 'settings':
      return '#/settings';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routePath(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current screen; re-renders on navigation. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
