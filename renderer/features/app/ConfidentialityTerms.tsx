/**
 * The confidentiality terms every user agrees to before using Cabinet (P27: access only for
 * centre staff and volunteers, each bound by confidentiality). Plain words, one duty per line.
 */
export function ConfidentialityTerms({ centreName }: { centreName: string | undefined }) {
  const centre = centreName || 'the centre'
  return (
    <div className="terms">
      <p>
        As a member of staff or a volunteer at <strong>{centre}</strong>, I agree that:
      </p>
      <ol>
        <li>
          Everything I learn about families, children and colleagues through the centre is confidential. I will not discuss it with anyone outside the centre’s
          team.
        </li>
        <li>I will use only my own login, keep my password to myself, and never let anyone use Cabinet as me.</li>
        <li>I will look only at the records I need for my work at the centre. Every view, change, print and export is recorded.</li>
        <li>
          I will not copy, photograph, print or take personal information away from the centre unless the coordinator asks me to, for a purpose the centre’s
          privacy notice allows.
        </li>
        <li>I will lock Cabinet (Ctrl+L) whenever I step away from the computer.</li>
        <li>
          If I am worried about a child’s or an adult’s safety, I will tell the coordinator straight away. Sharing a safeguarding concern this way is not a
          breach of confidentiality.
        </li>
        <li>
          I will tell the coordinator at once if I think personal information has been lost, seen by someone who should not see it, or sent to the wrong person.
        </li>
        <li>These duties continue after I stop working or volunteering at the centre.</li>
      </ol>
    </div>
  )
}
