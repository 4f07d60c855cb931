import { useState } from 'react'
import { useCabinetMutation, useCabinetQuery } from '../../../api/queries'
import { Banner, ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { ConfirmDialog } from '../../../ui/Dialog'
import { Page } from '../../../ui/Page'
import { useCurrentUser } from '../app-state'
import { AddUserDialog } from './AddUserDialog'
import { ResetPasswordDialog } from './ResetPasswordDialog'
import { UsersTable, type UserSummary } from './UsersTable'

/** Who can log in: add volunteers and coordinators, reset a forgotten password, disable a login. */
export function UsersSettings() {
  const me = useCurrentUser()
  const users = useCabinetQuery('app.users.list', {})
  const disable = useCabinetMutation('app.users.disable', { invalidates: ['app.users.list'] })
  const [adding, setAdding] = useState(false)
  const [resetting, setResetting] = useState<UserSummary | null>(null)
  const [disabling, setDisabling] = useState<UserSummary | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const confirmDisable = async () => {
    if (!disabling) return
    const result = await disable.run({ userId: disabling.id })
    if (result.ok) {
      setNotice(`${disabling.displayName} can no longer log in.`)
      setDisabling(null)
    }
  }

  return (
    <Page
      title="Users"
      intro="Everyone has their own login. Disabled users keep their place in the audit log but cannot log in."
      actions={
        <Button variant="primary" onPress={() => setAdding(true)}>
          Add a user
        </Button>
      }
    >
      {notice && <Banner tone="success" title={notice} />}
      <ErrorBanner error={users.error} />
      {users.data && (
        <UsersTable
          users={users.data}
          actions={(u) =>
            u.disabled || u.id === me.id ? null : (
              <>
                <Button variant="secondary" onPress={() => setResetting(u)}>
                  Reset password<span className="visually-hidden"> for {u.displayName}</span>
                </Button>
                <Button variant="secondary" onPress={() => setDisabling(u)}>
                  Disable<span className="visually-hidden"> {u.displayName}</span>
                </Button>
              </>
            )
          }
        />
      )}
      <AddUserDialog
        isOpen={adding}
        onOpenChange={setAdding}
        onAdded={(u) => {
          setAdding(false)
          setNotice(`${u.displayName} has been added. Give them their first password in person.`)
        }}
      />
      {resetting && (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={() => {
            setNotice(`${resetting.displayName}’s password has been reset.`)
            setResetting(null)
          }}
        />
      )}
      <ConfirmDialog
        isOpen={disabling !== null}
        onOpenChange={(open) => {
          if (!open) {
            setDisabling(null)
            disable.reset()
          }
        }}
        title={`Disable ${disabling?.displayName ?? ''}?`}
        confirmLabel="Disable login"
        onConfirm={() => void confirmDisable()}
        pending={disable.isPending}
        error={disable.error}
      >
        <p>They will not be able to log in. Their name stays in the audit log against what they did.</p>
      </ConfirmDialog>
    </Page>
  )
}
