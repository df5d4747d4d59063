import {
  ActionIcon,
  AppShell,
  Loader,
  Group,
  NavLink,
  Text,
  Title,
  Tooltip,
  useMantineColorScheme,
} from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { QuickSearch } from './components/quick-search';
import { WelcomeDialog } from './components/welcome-dialog';
import { ClientsPage } from './pages/clients.page';
import { DashboardPage } from './pages/dashboard.page';
import { GroupPage } from './pages/group.page';
import { GroupsPage } from './pages/groups.page';
import { SettingsPage } from './pages/settings.page';
import { navigate, routePath, useRoute, type Route } from './router';

// The client screen brings the charts (recharts): load it when first opened, not at start-up.
const ClientPage = lazy(() => import('./pages/client/client.page').then((m) => ({ default: m.ClientPage })));

const navItems: { route: Route; label: string; matches: Route['name'][] }[] = [
  { route: { name: 'dashboard' }, label: 'app.nav.dashboard', matches: ['dashboard'] },
  { route: { name: 'clients' }, label: 'app.nav.clients', matches: ['clients', 'client'] },
  { route: { name: 'groups' }, label: 'app.nav.groups', matches: ['groups', 'group'] },
  { route: { name: 'settings' }, label: 'app.nav.settings', matches: ['settings'] },
];

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'clients':
      return <ClientsPage />;
    case 'client':
      return <ClientPage key={route.clientId} clientId={route.clientId} tab={route.tab} />;
    case 'groups':
      return <GroupsPage />;
    case 'group':
      return <GroupPage key={route.groupId} groupId={route.groupId} />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** The window: header, navigation, and the current screen. */
export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const { colorScheme, toggleColorScheme } = useMantineColorScheme();
  const themeLabel = colorScheme === 'dark' ? t('app.theme.light') : t('app.theme.dark');

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={3} c="teal">
              {t('app.name')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm">
            <QuickSearch
              onPick={(client) => navigate({ name: 'client', clientId: client.id, tab: 'overview' })}
            />
            <Tooltip label={themeLabel}>
              <ActionIcon variant="default" size="lg" onClick={toggleColorScheme} aria-label={themeLabel}>
                {colorScheme === 'dark' ? '☀' : '☾'}
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {navItems.map((item) => (
          <NavLink
            key={item.label}
            href={routePath(item.route)}
            label={t(item.label)}
            active={item.matches.includes(route.name)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loader size="sm" />}>
          <Screen route={route} />
        </Suspense>
        <WelcomeDialog />
      </AppShell.Main>
    </AppShell>
  );
}
