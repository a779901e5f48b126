import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

type Props = {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Destructive actions get the danger style. */
  tone?: 'danger' | 'normal';
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before anything that cannot be undone. Escape or Cancel leaves everything as it was. */
export function ConfirmDialog({ isOpen, title, children, confirmLabel, tone = 'danger', onConfirm, onCancel }: Props) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onCancel()} isDismissable>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{title}</Heading>
          <div className="dialog-body">{children}</div>
          <div className="dialog-actions">
            <Button className="button" onPress={onCancel} autoFocus>
              Cancel
            </Button>
            <Button className={tone === 'danger' ? 'button danger' : 'button primary'} onPress={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
