import { Box, Center, Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../components/language-switch';

/** The public pages' frame: a centred column that fits a phone, the language switch, no account. */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <Box mih="100dvh" bg="gray.0">
      <Group justify="flex-end" p="sm">
        <LanguageSwitch />
      </Group>
      <Center px="sm" pb="xl">
        <Paper component="main" withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} radius="md" w="100%" maw={680}>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
