import { injuredKinds, type recordAccidentArgs } from '../../../electron/core/accidents/api'
import type { z } from 'zod'
import { CheckAnswers } from '../../ui/CheckAnswers'
import { formatDate } from '../../ui/dates'
import type { FormSteps } from '../../ui/useFormSteps'

type In = z.input<typeof recordAccidentArgs>

/** The accident form's last step: the entry as it will be written in the book, a Change for each step. */
export function AccidentAnswers({ steps, values: v, personName }: { steps: FormSteps; values: In; personName: string | undefined }) {
  const fromFamily = v.injuredKind === 'child' || v.injuredKind === 'adult'
  return (
    <CheckAnswers
      steps={steps}
      groups={[
        {
          step: 0,
          answers: [
            ['Date', formatDate(v.occurredOn)],
            ['Time', v.occurredTime],
            ['Where', v.location],
          ],
        },
        {
          step: 1,
          answers: [
            ['Who was hurt', v.injuredKind ? injuredKinds.labels[v.injuredKind] : ''],
            ['Person hurt', fromFamily ? personName : v.injuredName],
          ],
        },
        {
          step: 2,
          answers: [
            ['What happened', v.whatHappened],
            ['Injury', v.injury],
            ['First aid given', v.firstAid],
            ['First aid given by', v.firstAidBy],
            ['Witnesses', v.witnesses],
          ],
        },
        {
          step: 3,
          answers: [
            ['Parent or carer told', v.informedWho],
            ['When they were told', v.informedAt],
            [
              'Reportable under RIDDOR',
              v.riddorReportable ? `Yes${v.riddorReportedOn ? `, reported on ${formatDate(v.riddorReportedOn)}` : ', not yet reported'}` : 'No',
            ],
            ['Follow-up', v.followUp],
          ],
        },
      ]}
    />
  )
}
