import type { ReactNode } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import type { CallError } from '../../electron/contract'
import { ErrorBanner } from './Banner'
import { FormButtons } from './FormButtons'

export interface ModalDialogProps {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  /** The dialog's heading, which names it; may hold markup (a reference that must not wrap). */
  title: ReactNode
  children: ReactNode
  /** 'alertdialog' for confirmations that interrupt (screen readers announce them at once). */
  role?: 'dialog' | 'alertdialog'
}

/**
 * A modal dialog: focus moves into it and is trapped there, Escape closes it, and focus returns
 * to the button that opened it (react-aria does all three). Its buttons go in a FormButtons
 * footer, so every dialog has them in the same order.
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
  error?: CallError | null
}

/**
 * "Are you sure?" for actions that cannot simply be undone. The buttons are in the usual order
 * (the action, then Cancel), but focus starts on Cancel, so Enter alone never destroys anything.
 */
export function ConfirmDialog({ isOpen, onOpenChange, title, children, confirmLabel, onConfirm, pending, error }: ConfirmDialogProps) {
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange} title={title} role="alertdialog">
      <ErrorBanner error={error} />
      <div className="dialog__body">{children}</div>
      <FormButtons submitLabel={confirmLabel} tone="danger" onSubmit={onConfirm} pending={pending} onCancel={() => onOpenChange(false)} focusCancel />
    </ModalDialog>
  )
}
