import { describe, expect, it } from 'vitest';
import { redactQuote, withoutPlaceholders } from '../../analysis/privacy';

type Case = { locale: string; text: string; redacted: string; redactions: number };

// What respondents actually write: contact details offered for follow-up, where they live, the
// numbers on their papers. Each expected output is written out in full.
const MUST_REDACT: Case[] = [
  { locale: 'en', text: 'You can reach me at maria.lopez@gmail.com if you want to talk', redacted: 'You can reach me at [e-mail removed] if you want to talk', redactions: 1 },
  { locale: 'fr', text: 'Écrivez-moi à jean-pierre.t@videotron.ca svp', redacted: 'Écrivez-moi à [courriel retiré] svp', redactions: 1 },
  { locale: 'en', text: 'Call me 514-555-1234 after 5pm', redacted: 'Call me [phone number removed] after 5pm', redactions: 1 },
  { locale: 'en', text: 'My cell is (416) 555-0199, text is better', redacted: 'My cell is [phone number removed], text is better', redactions: 1 },
  { locale: 'en', text: 'Phone: +1 613 555 0142 or 613.555.0143', redacted: 'Phone: [phone number removed] or [phone number removed]', redactions: 2 },
  { locale: 'en', text: 'I called 1-800-555-1234 ext. 204 many times', redacted: 'I called [phone number removed] many times', redactions: 1 },
  { locale: 'fr', text: 'Mon numéro est le 438 555 7788, merci de rappeler', redacted: 'Mon numéro est le [numéro de téléphone retiré], merci de rappeler', redactions: 1 },
  { locale: 'fr-CA', text: 'Appelez au 5145550123 poste 12', redacted: 'Appelez au [numéro de téléphone retiré]', redactions: 1 },
  { locale: 'en', text: 'home number 555-1234', redacted: 'home number [phone number removed]', redactions: 1 },
  { locale: 'en', text: 'We live near H2X 1Y4, far from the clinic', redacted: 'We live near [postal code removed], far from the clinic', redactions: 1 },
  { locale: 'fr', text: 'code postal j8y3k5 à Gatineau', redacted: 'code postal [code postal retiré] à Gatineau', redactions: 1 },
  { locale: 'en', text: 'I live at 123 Main Street and the rent is too high', redacted: 'I live at [address removed] and the rent is too high', redactions: 1 },
  { locale: 'en', text: 'our place at 78 Queen St W, apt 4 has mould', redacted: 'our place at [address removed] has mould', redactions: 1 },
  { locale: 'en', text: 'the shelter on 45 St. Clair Avenue East is full', redacted: 'the shelter on [address removed] is full', redactions: 1 },
  { locale: 'en', text: 'i live at 12 maple crescent with my kids', redacted: 'i live at [address removed] with my kids', redactions: 1 },
  { locale: 'en', text: 'unit 4-210 King St. E has no heat', redacted: 'unit [address removed] has no heat', redactions: 1 },
  { locale: 'fr', text: "J'habite au 45 rue Saint-Jean depuis 2021", redacted: "J'habite au [adresse retirée] depuis 2021", redactions: 1 },
  { locale: 'fr', text: 'Le bureau au 1200, boul. René-Lévesque Ouest est trop loin', redacted: 'Le bureau au [adresse retirée] est trop loin', redactions: 1 },
  { locale: 'fr', text: 'au 12 avenue des Pins, app. 3 il fait froid', redacted: 'au [adresse retirée] il fait froid', redactions: 1 },
  { locale: 'fr', text: "notre appartement 12 n'a pas de chauffage", redacted: "notre [adresse retirée] n'a pas de chauffage", redactions: 1 },
  { locale: 'fr', text: 'au 8 rue principale, le propriétaire refuse', redacted: 'au [adresse retirée], le propriétaire refuse', redactions: 1 },
  { locale: 'en', text: 'See https://www.gofundme.com/f/help-my-family.', redacted: 'See [link removed].', redactions: 1 },
  { locale: 'en', text: 'our group facebook.com/groups/newcomers-peel helps', redacted: 'our group [link removed] helps', redactions: 1 },
  { locale: 'fr', text: 'voir www.exemple.ca (en français)', redacted: 'voir [lien retiré] (en français)', redactions: 1 },
  { locale: 'en', text: 'My UCI is 1234-5678 and IRCC lost my file', redacted: 'My UCI is [ID number removed] and IRCC lost my file', redactions: 1 },
  { locale: 'en', text: 'client ID 12345678, still waiting', redacted: 'client ID [ID number removed], still waiting', redactions: 1 },
  { locale: 'en', text: 'UCI 12-3456-7890', redacted: 'UCI [ID number removed]', redactions: 1 },
  { locale: 'en', text: 'my SIN 123 456 789 was refused', redacted: 'my SIN [ID number removed] was refused', redactions: 1 },
  { locale: 'fr', text: 'mon NAS est 123-456-789', redacted: 'mon NAS est [numéro d’identification retiré]', redactions: 1 },
  { locale: 'en', text: 'health card 1234-567-890-AB expired', redacted: 'health card [ID number removed] expired', redactions: 1 },
  { locale: 'fr', text: 'carte RAMQ LAPM 1234 5678 refusée', redacted: 'carte RAMQ [numéro d’identification retiré] refusée', redactions: 1 },
  { locale: 'ar', text: 'رقمي 514-555-1234 اتصلوا بي', redacted: 'رقمي [phone number removed] اتصلوا بي', redactions: 1 },
  { locale: 'ar', text: 'هاتفي ٥١٤٥٥٥١٢٣٤ من فضلكم', redacted: 'هاتفي [phone number removed] من فضلكم', redactions: 1 },
  { locale: 'zh', text: '我的电话是4165550199，邮箱wang.li@qq.com', redacted: '我的电话是[phone number removed]，邮箱[e-mail removed]', redactions: 2 },
  { locale: 'zh', text: '请看网站canada.ca谢谢', redacted: '请看网站[link removed]谢谢', redactions: 1 },
  { locale: 'zh', text: '请打电话 ４１６-５５５-０１９９', redacted: '请打电话 [phone number removed]', redactions: 1 },
];

// Ordinary numbers carry the meaning of an answer and must come through untouched.
const MUST_KEEP: { locale: string; text: string }[] = [
  { locale: 'en', text: 'I came to Canada in 2019 with my 3 kids' },
  { locale: 'en', text: 'I work 2 jobs, 40 hours a week, and still cannot pay rent' },
  { locale: 'en', text: 'Rent is $1,500 a month for 2 bedrooms' },
  { locale: 'en', text: 'Rent went from $1500 to $2,100 in 2 years' },
  { locale: 'en', text: 'rent is 1500-2000 a month, 950-1200 for a room' },
  { locale: 'en', text: 'Prices rose 25% and I earn $17.20 an hour' },
  { locale: 'en', text: 'The clinic opens at 9:30 and closes at 16:00' },
  { locale: 'en', text: 'We waited 18 months, from 2015 to 2020, or 2019-2020 for my wife' },
  { locale: 'en', text: 'My son is 14 and my daughter is 7, ages 12 14 16 18 in the class' },
  { locale: 'en', text: 'I live on the 3rd floor and take bus 103 on Highway 401' },
  { locale: 'en', text: 'I finished Unit 5 of LINC, now CLB 6' },
  { locale: 'en', text: 'I opened the app 3 times today' },
  { locale: 'en', text: 'Looking for an apartment 2 bedrooms near school' },
  { locale: 'en', text: 'My visa was approved on 2023-05-12' },
  { locale: 'en', text: 'We are 5 people in 2 rooms, 3 kids street-smart already' },
  { locale: 'fr', text: "Le loyer est de 1 500 $ par mois et j'ai 45 ans" },
  { locale: 'fr', text: 'Le gouvernement a promis 2 000 000 $, Montréal compte 1 700 000 habitants' },
  { locale: 'fr', text: 'Le bus 51 passe toutes les 20 minutes, 3 rues plus loin' },
  { locale: 'fr', text: 'Il reste 1 place libre à la garderie, je prends la route 117' },
  { locale: 'fr', text: 'Arrivée le 12 mars 2019, cours de 14 h 30 à 16 h' },
  { locale: 'fr', text: 'Par la suite 3 mois plus tard, salaire de 15,75 $ l’heure' },
  { locale: 'zh', text: '我在2019年来到加拿大，有3个孩子，每月房租1500元' },
  { locale: 'zh', text: '我们一家５口人，等了１８个月' },
  { locale: 'ar', text: 'عندي 3 أطفال وأعمل في وظيفتين منذ 2019' },
  { locale: 'ar', text: 'وصلنا سنة ٢٠١٩ ونحن ٥ أشخاص والإيجار ١٥٠٠ دولار' },
  { locale: 'en', text: 'Canada is great.I need a job though' },
  { locale: 'en', text: 'In 2019 The Road to a job was hard' },
];

describe('redactQuote', () => {
  it.each(MUST_REDACT)('redacts "$text"', ({ locale, text, redacted, redactions }) => {
    expect(redactQuote(text, locale)).toEqual({ text: redacted, redactions });
  });

  it.each(MUST_KEEP)('leaves "$text" alone', ({ locale, text }) => {
    expect(redactQuote(text, locale)).toEqual({ text, redactions: 0 });
  });

  it('writes placeholders in English when no locale is given', () => {
    expect(redactQuote('email me: a.b@example.org').text).toBe('email me: [e-mail removed]');
  });
});

describe('withoutPlaceholders', () => {
  it("keeps only the respondent's own words, in either language", () => {
    expect(withoutPlaceholders('Call me at [phone number removed] or [courriel retiré] please')).toBe('Call me at or please');
  });
});
