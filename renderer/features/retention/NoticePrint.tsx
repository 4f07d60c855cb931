import { useParams } from 'wouter'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { PrintPage } from '../print/PrintPage'
import { NoticeContent } from './NoticeContent'
import './retention.css'

/** The privacy notice for paper or PDF: #/print/privacy-notice, or #/print/privacy-notice/plain for the parents’ version. */
export function NoticePrint() {
  const { version } = useParams<{ version?: string }>()
  const plain = version === 'plain'
  const notice = useCabinetQuery('retention.notice', {})
  const title = plain ? 'Your information: the short version' : 'Privacy notice'
  return (
    <PrintPage title={title} ready={!!notice.data}>
      <h1>{title}</h1>
      <ErrorBanner error={notice.error} />
      {notice.data && <NoticeContent notice={notice.data} plain={plain} />}
    </PrintPage>
  )
}
