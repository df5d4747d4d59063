import { notifications } from '@mantine/notifications';

/** Says that something was saved or done, in a notification that goes by itself. */
export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', message, title, autoClose: 5000, withBorder: true });
}
