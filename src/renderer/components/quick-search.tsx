import { Kbd, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../contract/clients';
import { useChannel } from '../api/use-channel';
import classes from './quick-search.module.css';

interface QuickSearchProps {
  onPick(client: Client): void;
}

/** Ctrl/Cmd+K: type a few letters of a name, press Enter, and the client opens. */
export function QuickSearch({ onPick }: QuickSearchProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 80);
  const [selected, setSelected] = useState(0);
  const { data } = useChannel('clients.list', { query: debounced, limit: 8 });
  const matches = opened ? (data?.items ?? []) : [];

  const open = () => {
    setQuery('');
    setSelected(0);
    setOpened(true);
  };
  useHotkeys([['mod+K', open]], []);

  const pick = (client: Client | undefined) => {
    if (!client) return;
    setOpened(false);
    onPick(client);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setSelected((i) => Math.min(i + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setSelected((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') pick(matches[selected]);
    else return;
    event.preventDefault();
  };

  return (
    <>
      <UnstyledButton className={classes.trigger} onClick={open} aria-keyshortcuts="Control+K">
        <Text size="sm" c="dimmed">
          {t('quickSearch.hint')}
        </Text>
        <Kbd size="xs">Ctrl K</Kbd>
      </UnstyledButton>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        withCloseButton={false}
        size="md"
        yOffset="12vh"
      >
        <TextInput
          data-autofocus
          placeholder={t('quickSearch.placeholder')}
          aria-label={t('quickSearch.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setSelected(0);
          }}
          onKeyDown={onKeyDown}
        />
        <Stack gap={2} mt="sm" role="listbox" aria-label={t('quickSearch.results')}>
          {matches.map((client, index) => (
            <UnstyledButton
              key={client.id}
              role="option"
              aria-selected={index === selected}
              className={classes.option}
              data-selected={index === selected || undefined}
              onMouseEnter={() => setSelected(index)}
              onClick={() => pick(client)}
            >
              <Text size="sm" fw={500}>
                {client.name}
              </Text>
              <Text size="xs" c="dimmed">
                {[client.group, client.email].filter(Boolean).join(' · ')}
              </Text>
            </UnstyledButton>
          ))}
          {debounced !== '' && data && matches.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="sm">
              {t('quickSearch.none')}
            </Text>
          )}
        </Stack>
      </Modal>
    </>
  );
}
