import { DropZone, FileTrigger, Text, type DropZoneProps } from 'react-aria-components'
import { Button } from '../../ui/Button'
import { canPickInMain, pickInMain, type ChosenFile } from './transfer'
import { formatBytes } from '../../../electron/core/vault/catalogue'
import type { CallError } from '../../../electron/contract'

type DropEvent = Parameters<NonNullable<DropZoneProps['onDrop']>>[0]

export interface FileChooserProps {
  chosen: ChosenFile | null
  onChoose: (file: ChosenFile) => void
  /** Why the chosen file cannot be added (too big, a DBS certificate, not a document …), shown beside it. */
  error?: string
  onPickError: (error: CallError) => void
}

/**
 * Choose the file to add: drag it onto the drop area, or use the button. In Electron the button
 * opens main's own file picker (so main can offer to delete the original afterwards); in a
 * browser it is the ordinary file input. What the file is gets decided by its content, later.
 */
export function FileChooser({ chosen, onChoose, error, onPickError }: FileChooserProps) {
  const fromBrowser = (file: File | undefined | null) => {
    if (file) onChoose({ kind: 'browser', file, name: file.name, size: file.size })
  }
  const onDrop = async (e: DropEvent) => {
    const item = e.items.find((i) => i.kind === 'file')
    if (item && item.kind === 'file') fromBrowser(await item.getFile())
  }
  const pick = async () => {
    const r = await pickInMain()
    if (!r.ok) onPickError(r.error)
    else if (r.value) onChoose({ kind: 'picked', ...r.value })
  }

  return (
    <div className={['field', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <span className="field__label" id="document-file-label">
        File
      </span>
      <Text slot="description" elementType="div" className="field__hint">
        PDF, JPEG, PNG or TIFF images, Word (.docx), text or email (.eml) files.
      </Text>
      {error && (
        <p className="field__error" id="document-file-error" role="alert">
          {error}
        </p>
      )}
      <DropZone
        className="drop-zone"
        onDrop={(e) => void onDrop(e)}
        aria-labelledby="document-file-label"
        aria-describedby={error ? 'document-file-error' : undefined}
      >
        <p className="drop-zone__text">{chosen ? `${chosen.name} (${formatBytes(chosen.size)})` : 'Drag a file here, or'}</p>
        {canPickInMain() ? (
          <Button variant="secondary" onPress={() => void pick()}>
            {chosen ? 'Choose another file…' : 'Choose a file…'}
          </Button>
        ) : (
          <FileTrigger onSelect={(files) => fromBrowser(files?.[0])}>
            <Button variant="secondary">{chosen ? 'Choose another file…' : 'Choose a file…'}</Button>
          </FileTrigger>
        )}
      </DropZone>
    </div>
  )
}
