import type { Migration } from '../migrate'
import { m0001Core } from './0001-core'
import { m0002Families } from './0002-families'
import { m0003Vault } from './0003-vault'
import { m0004FoldedKeys } from './0004-folded-keys'
import { m0005Holds } from './0005-holds'
import { m0006Volunteers } from './0006-volunteers'
import { m0007Sessions } from './0007-sessions'
import { m0008Safeguarding } from './0008-safeguarding'
import { m0009Retention } from './0009-retention'
import { m0010DeleteCascades } from './0010-delete-cascades'
import { m0011SearchPrefixes } from './0011-search-prefixes'
import { m0012InspectorAccounts } from './0012-inspector-accounts'

/** Every schema version, in order. Add one file per version; never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  m0001Core,
  m0002Families,
  m0003Vault,
  m0004FoldedKeys,
  m0005Holds,
  m0006Volunteers,
  m0007Sessions,
  m0008Safeguarding,
  m0009Retention,
  m0010DeleteCascades,
  m0011SearchPrefixes,
  m0012InspectorAccounts,
]
