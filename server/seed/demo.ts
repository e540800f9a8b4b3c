import type { Kysely } from 'kysely';
import { questionnaires as SHIPPED_QUESTIONNAIRES } from '../../surveys/catalog';
import { createConsultation } from '../consultations/consultations.repository';
import { kioskSettings } from '../consultations/kiosk-settings';
import type { Database } from '../db/schema';
import { createPartnership } from '../partnerships/partnerships.repository';
import { addDraftVersion, createQuestionnaire, findQuestionnaire, publishDraft } from '../questionnaires/questionnaires.repository';
import { surveyLocales } from '../questionnaires/survey-locales';
import { seedDemoResponses } from './demo-responses';

/** Publishes the shipped questionnaires as version 1 of shared questionnaires, once. */
export async function seedShippedQuestionnaires(db: Kysely<Database>, now: string) {
  const published = new Map<string, string>();
  for (const shipped of SHIPPED_QUESTIONNAIRES) {
    let questionnaire = await findQuestionnaire(db, shipped.key);
    if (!questionnaire) {
      questionnaire = await createQuestionnaire(db, { key: shipped.key, title: shipped.title.en, partnershipId: null }, now);
      const draft = await addDraftVersion(db, questionnaire.id, shipped.json, now);
      await publishDraft(db, draft, now);
      published.set(shipped.key, draft.id);
    }
  }
  return published;
}

export const DEMO_SLUGS = { newcomers: 'demo', providers: 'demo-providers' } as const;
export const DEMO_KIOSK_PIN = '1234';

/**
 * A demo partnership with one open consultation per shipped questionnaire, at fixed links
 * (/c/demo, /c/demo-providers), so a fresh install has something to open, and closed
 * consultations of fictional demo responses, so the workspace has figures to show. Runs only on
 * an empty database.
 */
export async function seedDemo(db: Kysely<Database>, now: string): Promise<boolean> {
  const any = await db.selectFrom('partnerships').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  const versions = await seedShippedQuestionnaires(db, now);
  const partnership = await createPartnership(
    db,
    {
      name: 'Demo Local Immigration Partnership',
      communities: ['Ottawa'],
      members: [
        { organization: 'City of Ottawa', sector: 'municipality' },
        { organization: 'Demo Settlement Agency', sector: 'settlement_agency' },
        { organization: 'Demo School Board', sector: 'school_board' },
      ],
    },
    now,
  );
  for (const shipped of SHIPPED_QUESTIONNAIRES) {
    const versionId = versions.get(shipped.key);
    if (!versionId) continue;
    await createConsultation(
      db,
      {
        partnershipId: partnership.id,
        questionnaireVersionId: versionId,
        title: `${shipped.title.en} — demo`,
        audience: shipped.audience,
        wave: now.slice(0, 4),
        communities: ['Ottawa'],
        locales: surveyLocales(shipped.json),
        status: 'open',
        kiosk: kioskSettings({ idleTimeoutSeconds: 90, countdownSeconds: 20, exitPin: DEMO_KIOSK_PIN }),
        slug: shipped.audience === 'newcomers' ? DEMO_SLUGS.newcomers : DEMO_SLUGS.providers,
      },
      now,
    );
  }
  await seedDemoResponses(db, now);
  return true;
}
