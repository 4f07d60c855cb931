import type { ReactNode } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import type { CallError } from '../../electron/contract'
import { ErrorBanner } from './Banner'
import { Button } from './Button'

export interface ModalDialogProps {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  title: string
  children: ReactNode
  /** 'alertdialog' for confirmations that interrupt (screen readers announce them at once). */
  role?: 'dialog' | 'alertdialog'
}

/**
 * A modal dialog: focus moves into it and is trapped there, Escape closes it, and focus returns
 * to the button that opened it (react-aria does all three).
 */
export function ModalDialog({ isOpen, onOpenChange, title, children, role = 'dialog' }: ModalDialogProps) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={role === 'dialog'} className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog" role={role}>
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

export interface ConfirmDialogProps {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  pending?: boolean
  error?: CallError
}

/** "Are you sure?" for actions that cannot simply be undone; the safe choice is the first button. */
export function ConfirmDialog({ isOpen, onOpenChange, title, children, confirmLabel, onConfirm, pending, error }: ConfirmDialogProps) {
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange} title={title} role="alertdialog">
      <ErrorBanner error={error} />
      <div className="dialog__body">{children}</div>
      <div className="button-row">
        <Button variant="secondary" onPress={() => onOpenChange(false)} autoFocus>
          Cancel
        </Button>
        <Button variant="danger" onPress={onConfirm} isPending={pending}>
          {confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  )
}
