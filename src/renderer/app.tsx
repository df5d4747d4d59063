import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClientsPage } from './pages/clients.page';

/** The window: header, navigation, and the current screen. */
export function App() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Title order={3} c="teal.7">
            {t('app.name')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('app.tagline')}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <NavLink label={t('app.nav.clients')} active />
      </AppShell.Navbar>
      <AppShell.Main>
        <ClientsPage />
      </AppShell.Main>
    </AppShell>
  );
}
