import {
  ActionIcon,
  AppShell,
  Group,
  NavLink,
  Text,
  Title,
  Tooltip,
  useMantineColorScheme,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QuickSearch } from './components/quick-search';
import { ClientsPage } from './pages/clients.page';
import { navigate, routePath, useRoute, type Route } from './router';

const navItems: { route: Route; label: string }[] = [
  { route: { name: 'clients' }, label: 'app.nav.clients' },
];

/** The window: header, navigation, and the current screen. */
export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const { colorScheme, toggleColorScheme } = useMantineColorScheme();

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={3} c="teal.7">
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
            <Tooltip label={colorScheme === 'dark' ? t('app.theme.light') : t('app.theme.dark')}>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={toggleColorScheme}
                aria-label={colorScheme === 'dark' ? t('app.theme.light') : t('app.theme.dark')}
              >
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
            active={route.name === item.route.name}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <ClientsPage />
      </AppShell.Main>
    </AppShell>
  );
}
