import type { ResultOf } from '../../../electron/contract'
import { formatDate } from '../../ui/dates'

type Notice = ResultOf<'retention.notice'>

/*
 * The privacy notice (P20, P26), from what Cabinet does: what it collects and from where (P01,
 * P02), how it is used and shared (P18), how long it is kept (the schedule in force), the rights
 * (P21–P25) and the complaint route to the ICO. `plain`: the same in short sentences for parents.
 */

const ICO = 'Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF; telephone 0303 123 1113; ico.org.uk/make-a-complaint'

export function NoticeContent({ notice, plain = false }: { notice: Notice; plain?: boolean }) {
  const c = notice.centre
  const contact = `${c.name}, ${c.address.replace(/\n/g, ', ')}; ${c.contactEmail}; ${c.contactPhone}`
  if (plain) {
    return (
      <div className="notice">
        <h2>Your information at {c.name}: the short version</h2>
        <p>We keep information about you and your children so that contact can happen safely.</p>
        <h3>What we keep</h3>
        <p>
          Names, contact details and dates of birth; what your referral says; the visits you come to and any you miss; anything that worries us about a child’s
          safety. We keep medical needs, such as allergies, only if you say we may.
        </p>
        <h3>Where it comes from</h3>
        <p>From you, from whoever referred you (such as Cafcass, a solicitor or a court), from the pre-visit checklist and from our notes of visits.</p>
        <h3>Who sees it</h3>
        <p>
          Only our staff and volunteers, who have promised to keep it private. We pass it on only if you ask us to, if the law says we must, to keep a child or
          adult safe, or in an emergency.
        </p>
        <h3>How long we keep it</h3>
        <ul>
          {notice.retention.map((r) => (
            <li key={`${r.fileType}|${r.period}`}>
              {r.fileType}: {r.period}.
            </li>
          ))}
        </ul>
        <p>A person at the centre decides each time that records are destroyed, never a computer on its own.</p>
        <h3>Your rights</h3>
        <p>
          You can ask to see what we hold about you, to have mistakes corrected, to have it deleted or restricted, and to have a copy to take elsewhere. Ask us:{' '}
          {contact}.
        </p>
        <p>If you are unhappy with how we use your information, you can complain to the {ICO}.</p>
      </div>
    )
  }
  return (
    <div className="notice">
      <h2>{c.name}: how we use your information</h2>
      <p>
        The data controller is {c.dataController}. This notice explains what information {c.name} collects and how, why and how we use it, how long we keep it,
        how we may share it, and your rights.
      </p>
      <h3>Information we collect</h3>
      <ul>
        <li>Personal information: name, email address, postal address, phone numbers, date of birth.</li>
        <li>
          Sensitive personal data, including medical needs (allergies, dietary requirements), held only with explicit consent, recorded with who gave it, when
          and how.
        </li>
        <li>Attendance information: sessions attended, times, number of absences and absence reasons.</li>
        <li>Safeguarding incidents.</li>
      </ul>
      <h3>Where it comes from</h3>
      <p>
        Self-referral forms; referrals from organisations (Cafcass, family solicitors, courts, local authorities); SRS applications; pre-visit checklists;
        volunteer application forms; court orders and documents ordered to be shared with the centre; complaint correspondence; telephone, email, written and
        verbal communication; and records of contact sessions. Every record keeps where it came from.
      </p>
      <h3>How we use it</h3>
      <p>
        To provide our services, respond to requests, manage complaints, improve our services (evaluation forms), comply with the law, and keep our own records.
        Statistics we publish are anonymous. Our lawful basis is our legitimate interest in running the contact centre; medical information is used only with
        your explicit consent.
      </p>
      <h3>How long we keep it</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">File type</th>
            <th scope="col">Retention period</th>
          </tr>
        </thead>
        <tbody>
          {notice.retention.map((r) => (
            <tr key={`${r.fileType}|${r.period}`}>
              <td>{r.fileType}</td>
              <td>{r.period}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Disposal is decided by a person at the centre, never solely by an automated process, and a record is kept that it happened without keeping the personal
        data.
      </p>
      <h3>Sharing</h3>
      <p>
        Personal data leaves the centre only when you request or authorise it; when the law permits or requires it (for example a court order or a search
        warrant); to keep a child or adult safe (a safeguarding referral); in an emergency (police, ambulance, fire service); or to a service provider acting
        for the centre. Every disclosure is logged with its reason.
      </p>
      <h3>Your rights</h3>
      <ul>
        <li>To be informed about how your personal data is used (this notice).</li>
        <li>To have access to it, within one month (extendable by two months for complex requests).</li>
        <li>To have it corrected, and to have it erased, except where the law or a safeguarding concern requires us to keep it.</li>
        <li>To restrict or object to its use.</li>
        <li>Not to be subject to a decision based solely on automated processing.</li>
        <li>To receive it in a machine-readable format.</li>
      </ul>
      <p>To use any of these rights, write to us: {contact}.</p>
      <h3>Complaints</h3>
      <p>If you have a complaint about how we process your data, please tell us first. You also have the right to complain to the {ICO}.</p>
      <h3>Security</h3>
      <p>
        Our records are encrypted, access is restricted to staff and volunteers bound by confidentiality, every view, change, print and export is logged, and
        backups are encrypted.
      </p>
      <p className="notice__version">
        Retention table from version {notice.scheduleVersion ?? '—'} of the centre’s schedule.
        {notice.lastReviewedOn ? ` Policy last reviewed ${formatDate(notice.lastReviewedOn)}.` : ''}
      </p>
    </div>
  )
}
