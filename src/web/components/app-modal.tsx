import { Modal, type ModalProps } from '@mantine/core';
import { useT } from '../app/i18n';

/** Mantine's modal with a named close button (its icon alone says nothing to a screen reader). */
export function AppModal(props: ModalProps) {
  const { t } = useT();
  return <Modal {...props} closeButtonProps={{ 'aria-label': t('common.close'), ...props.closeButtonProps }} />;
}
