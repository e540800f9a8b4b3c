/** A small questionnaire in English, French and Farsi, with markup, a placeholder and a validator. */
export function transitSurvey() {
  return {
    title: { default: 'Transit check', fr: 'Sondage transport', fa: 'بررسی حمل‌ونقل' },
    translationStatus: { en: 'reviewed', fr: 'reviewed', fa: 'draft' },
    pages: [
      {
        name: 'ride',
        title: { default: 'Your rides', fr: 'Vos trajets', fa: 'سفرهای شما' },
        elements: [
          { type: 'html', name: 'intro', html: { default: '<p>About <b>buses</b>.</p>', fr: '<p>Sur les <b>autobus</b>.</p>', fa: '<p>دربارهٔ <b>اتوبوس‌ها</b>.</p>' } },
          {
            type: 'radiogroup',
            name: 'bus',
            title: { default: 'Do you take the bus?', fr: 'Prenez-vous l’autobus?', fa: 'آیا با اتوبوس رفت‌وآمد می‌کنید؟' },
            choices: [
              { value: 'yes', text: { default: 'Yes', fr: 'Oui', fa: 'بله' } },
              { value: 'no', text: { default: 'No', fr: 'Non', fa: 'نه' } },
            ],
          },
          {
            type: 'text',
            name: 'trips',
            inputType: 'number',
            title: { default: 'Trips a week', fr: 'Trajets par semaine', fa: 'تعداد سفر در هفته' },
            validators: [{ type: 'numeric', minValue: 0, maxValue: 50, text: { default: 'From 0 to {max}.', fr: 'De 0 à {max}.', fa: 'از ۰ تا {max}.' } }],
          },
        ],
      },
    ],
  };
}

export type Survey = ReturnType<typeof transitSurvey>;
