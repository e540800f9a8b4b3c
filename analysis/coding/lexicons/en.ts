import { PRICED_TOPICS, type LexiconSource } from './types';

// Terms are written as people write them; they go through the same folding and stemming as
// answers. Phrases are matched before single words and use up their words, so "family doctor"
// counts for health and not also for family separation. Misspellings seen in real answers are
// listed; one-letter slips in longer words are caught by fuzzy matching.
export const EN: LexiconSource = {
  lang: 'en',
  match: 'words',
  stopwords: ['a', 'an', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'and', 'or', 'with', 'my', 'our', 'their', 'your', 'his', 'her', 'we', 'i', 'you', 'they', 'it', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'me', 'us', 'them', 'this', 'that', 'so', 'very', 'too', 'here', 'there', 'from', 'by', 'as', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'just', 'also', 'some', 'more', 'all', 'any', 'get', 'got', 'getting'],
  terms: {
    employment: {
      strong: ['job', 'jobs', 'jobless', 'employment', 'unemployment', 'unemployed', 'employed', 'work', 'working', 'worker', 'career', 'careers', 'hire', 'hired', 'hiring', 'interview', 'interviews', 'resume', 'resumes', 'cv', 'canadian experience', 'local experience', 'job search', 'job fair', 'job fairs', 'underemployment', 'underemployed', 'overqualified', 'survival job', 'survival jobs', 'minimum wage', 'wage', 'wages', 'salary', 'paycheck', 'shift', 'shifts', 'night shift', 'employer', 'employers', 'employ', 'profession', 'networking', 'internship', 'internships', 'co op', 'coop', 'workplace', 'warehouse', 'factory', 'cashier', 'labour', 'labor', 'layoff', 'laid off', 'fired', 'uber', 'drive uber', 'driving uber', 'drive taxi', 'driving taxi', 'apply jobs', 'applied jobs', 'job training', 'employment services', 'workshop', 'workshops', 'temp agency', 'volunteer experience'],
      weak: ['field', 'experience', 'experiance', 'occupation', 'skills', 'applied', 'apply', 'application', 'hours', 'boss', 'manager', 'income'],
    },
    credential_recognition: {
      strong: ['credential', 'credentials', 'credential recognition', 'foreign credentials', 'recognized', 'recognised', 'recognize', 'recognition', 'not recognized', 'accreditation', 'licence', 'license', 'licensing', 'licensure', 'nursing license', 'equivalency', 'equivalence', 'wes', 'ices', 'ecas', 'degree evaluation', 'evaluation degree', 'foreign degree', 'regulated profession', 'regulatory body', 'college of nurses', 'peo', 'redo exams', 'requalify', 'bridging program', 'bridging programs', 'qualifications', 'diploma not', 'degree not', 'practise', 'practice medicine', 'cant practice', 'cant practise', 'means nothing here', 'degree not accepted', 'diploma not accepted', 'credentials not accepted', 'license not accepted', 'licence not accepted'],
      weak: ['degree', 'diploma', 'exams', 'exam', 'certificate', 'certification', 'transcripts', 'masters', 'phd'],
    },
    housing: {
      strong: ['housing', 'housng', 'house', 'houses', 'rent', 'rents', 'rental', 'renting', 'apartment', 'appartment', 'apartement', 'appartement', 'apt', 'landlord', 'landlords', 'tenant', 'tenants', 'lease', 'basement', 'shelter', 'shelters', 'homeless', 'homelessness', 'bedroom', 'bedrooms', 'condo', 'mortgage', 'accommodation', 'affordable housing', 'place to live', 'housing crisis', 'mold', 'mould', 'eviction', 'evicted', 'roommate', 'roommates', 'first and last', 'months rent', 'rent advance', 'credit history', 'credit check', 'guarantor', 'cosigner', 'co signer', 'overcrowded', 'logement', 'hotel room', 'hotels'],
      weak: ['place', 'building', 'neighbourhood', 'neighborhood'],
    },
    health: {
      strong: ['health', 'healthcare', 'health care', 'doctor', 'doctors', 'physician', 'family doctor', 'family physician', 'gp', 'nurse practitioner', 'clinic', 'walk in clinic', 'hospital', 'hospitals', 'emergency', 'er', 'ohip', 'msp', 'health card', 'health insurance', 'medical', 'medication', 'medications', 'medicine', 'prescription', 'prescriptions', 'dental', 'dentist', 'teeth', 'mental health', 'depression', 'depressed', 'anxiety', 'stress', 'stressed', 'trauma', 'ptsd', 'therapist', 'therapy', 'counselling', 'counseling', 'psychologist', 'specialist', 'specialists', 'sick', 'illness', 'pregnant', 'pregnancy', 'wait times', 'waitlist doctor', 'eye doctor', 'glasses', 'pharmacy'],
      weak: ['wait', 'waits', 'waiting', 'sleep', 'baby', 'covered', 'coverage'],
    },
    education: {
      strong: ['school', 'schools', 'schooling', 'education', 'university', 'universities', 'college tuition', 'tuition', 'teacher', 'teachers', 'kids school', 'high school', 'grade', 'grades', 'classroom', 'bullied', 'bullying', 'homework', 'student', 'students', 'international student', 'international students', 'study', 'studies', 'studying', 'go back school', 'back school', 'back college', 'going back college', 'adult education', 'upgrading', 'school system', 'post secondary', 'postsecondary', 'francophone school', 'french school'],
      weak: ['college', 'learn', 'learning', 'kids', 'children', 'son', 'daughter', 'course', 'courses', 'program'],
    },
    language: {
      strong: ['english', 'englsh', 'inglish', 'french', 'language', 'languages', 'langage', 'language barrier', 'language barriers', 'linc', 'clic', 'esl', 'fsl', 'english classes', 'english class', 'french classes', 'language classes', 'language class', 'conversation circle', 'interpreter', 'interpreters', 'interpretation', 'translate', 'translation', 'translator', 'translated', 'speak', 'speaks', 'speaking', 'services french', 'francophone', 'bilingual', 'dont understand'],
      weak: ['understand', 'communicate', 'communication', 'words', 'phone', 'accent', 'arabic', 'spanish', 'mandarin', 'punjabi', 'tagalog', 'farsi', 'urdu'],
    },
    racism_discrimination: {
      strong: ['racism', 'racist', 'racial', 'discrimination', 'discriminated', 'discriminate', 'discriminatory', 'prejudice against', 'islamophobia', 'islamophobic', 'antisemitism', 'xenophobia', 'hate', 'hate crime', 'harassed', 'harassment', 'go back to your country', 'back to my country', 'go back my country', 'because of my name', 'changed my name', 'because of my accent', 'accent', 'treated differently', 'treat you different', 'treats differently', 'treat differently', 'differently', 'brown', 'black people', 'skin colour', 'skin color', 'profiling', 'stereotypes', 'dont want newcomers', 'dont hire immigrants', 'wont rent to', 'dont rent to', 'called back', 'callbacks', 'comments on the street', 'insulted', 'yelled', 'because we are immigrants', 'because i am an immigrant', 'because im an immigrant', 'because we are black', 'because i am black', 'because he is black', 'because she is black'],
      weak: ['unfair', 'unfairly', 'hijab', 'turban', 'name', 'rude', 'called names'],
    },
    public_attitudes: {
      strong: ['welcoming', 'welcomed', 'welcome', 'friendly', 'unfriendly', 'nice people', 'people are nice', 'people nice', 'people are kind', 'kind people', 'people are friendly', 'openness', 'open minded', 'open to immigrants', 'attitudes', 'attitude', 'prejudice', 'prejudices', 'misconceptions', 'stereotype', 'ignorance', 'take their jobs', 'take our jobs', 'taking jobs', 'why immigrants come', 'contributions of immigrants', 'contribution', 'contributions', 'acceptance', 'accepting', 'respect', 'intercultural', 'locals', 'neighbours', 'neighbors', 'community attitudes', 'diversity', 'celebrate', 'appreciate immigrants', 'cold people', 'people are cold', 'smile'],
      weak: ['people', 'nice', 'kind', 'cold', 'open', 'understanding', 'canadians', 'community', 'educate'],
    },
    social_inclusion: {
      strong: ['lonely', 'loneliness', 'alone', 'isolation', 'isolated', 'friends', 'friend', 'make friends', 'making friends', 'social', 'socialize', 'belonging', 'belong', 'miss my family', 'missing my family', 'family back home', 'away from family', 'family is back home', 'family reunification', 'bring my parents', 'bringing my parents', 'sponsor my parents', 'volunteer', 'volunteering', 'volunteer opportunities', 'mentor', 'mentors', 'mentorship', 'mentoring', 'meet people', 'meet other people', 'meet locals', 'newcomers can meet', 'place to meet', 'community events', 'events', 'circle', 'invite', 'integrate', 'integration', 'support network', 'no one to help', 'not having anyone', 'nobody to help', 'community centre meet', 'homesick'],
      weak: ['family', 'community', 'together', 'gathering', 'gatherings', 'meet', 'connect', 'connections'],
    },
    civic_participation: {
      strong: ['vote', 'voting', 'right to vote', 'elections', 'election', 'citizenship', 'citizen', 'citizenship test', 'city council', 'council', 'councils', 'councillor', 'representation', 'represented', 'politics', 'political', 'boards', 'decision making', 'make decisions', 'making decisions', 'before making decisions', 'before deciding', 'consulted', 'consultation', 'civic'],
      weak: ['decisions', 'voice', 'leadership'],
    },
    settlement_services: {
      strong: ['settlement', 'settlement agency', 'settlement worker', 'settlement workers', 'settlement services', 'newcomer services', 'newcomer centre', 'information about services', 'information', 'info', 'where to go', 'where to go for help', 'didnt know where', 'nobody told us', 'didnt know about', 'services exist', 'what services', 'services available', 'navigate', 'navigating', 'navigation', 'referral', 'referrals', 'sent in circles', 'one place', 'one stop', 'orientation', '=immigration', '=imigration', 'ircc', 'pr card', 'pr application', 'permanent residence', 'permanent residency', 'permanent resident card', 'work permit', 'study permit', 'visa', 'visas', 'paperwork', 'application processing', 'processing time', 'processing times', 'sin number', 'sin', 'eligibility', 'eligible', 'not eligible', 'case worker', 'caseworker', 'refugee hearing', 'status', 'sponsorship', 'pre arrival', 'before arriving', 'when you land', 'landing', 'free programs', 'programs available', 'cannot access', 'cant access', 'no access'],
      weak: ['help', 'programs', 'support', 'agency', 'agencies', 'forms', 'application', 'documents', 'renewal', 'pr', 'services', 'service'],
    },
    transportation: {
      strong: ['transportation', 'transport', 'transit', 'public transit', 'public transport', 'bus', 'buses', 'busses', 'bus pass', 'transit pass', 'presto', 'subway', 'train', 'car', 'cars', 'drive', 'driving', 'drove', 'driver', 'drivers', 'drivers license', 'drivers licence', 'driving licence', 'driving test', 'road test', 'g1', 'g2', 'insurance car', 'car insurance', 'taxi', 'commute', 'commuting', 'ride', 'rides', 'go anywhere', 'distance'],
      weak: ['route', 'routes', 'sunday', 'schedule'],
    },
    business_attraction_retention: {
      strong: ['business', 'businesses', 'own business', 'small business', 'start business', 'entrepreneur', 'entrepreneurs', 'entrepreneurship', 'startup', 'restaurant', 'shop', 'store owner', 'business loan', 'loan', 'attract', 'attract newcomers', 'attraction', 'retain', 'retention', 'keep newcomers', 'leave for toronto', 'move to toronto', 'moving away', 'leave the city', 'leave town', 'population is aging', 'aging population', 'skilled workers', 'labour shortage', 'labor shortage', 'worker shortage', 'find workers', 'cant find workers', 'struggle to find workers', 'employers need', 'regionalization'],
      weak: ['investment', 'economy', 'economic', 'town', 'rural', 'small town', 'stay', 'leave'],
    },
    specific_populations: {
      strong: ['women', 'woman', 'mothers', 'moms', 'single mother', 'immigrant women', 'seniors', 'senior', 'elderly', 'older adults', 'aging parents', 'grandparents', 'youth', 'teenagers', 'teens', 'young people', 'young immigrants', 'refugee', 'refugees', 'refugee claimant', 'refugee claimants', 'asylum', 'asylum seekers', 'undocumented', 'precarious', 'temporary residents', 'international students', 'lgbtq', 'lgbtq2s', '2slgbtqi', 'queer', 'trans', 'gay', 'disability', 'disabilities', 'disabled', 'hijab women', 'veiled', 'survivors'],
      weak: ['children', 'kids', 'parents', 'wife', 'mother', 'daughter'],
    },
    safety_justice: {
      strong: ['safety', 'safe', 'unsafe', 'not safe', 'scared', 'afraid', 'fear', 'police', 'cops', 'crime', 'crimes', 'theft', 'stolen', 'break ins', 'robbed', 'violence', 'domestic violence', 'family violence', 'abuse', 'abusive', 'abused', 'legal', 'legal aid', 'legal advice', 'lawyer', 'lawyers', 'court', 'justice', 'rights', 'exploitation', 'exploited', 'scam', 'scams', 'fraud', 'trafficking', 'didnt pay me', 'not paid', 'unpaid', 'wage theft', 'overtime', 'stopped my son', 'stopped by police', 'drugs'],
      weak: ['dangerous', 'hearing', 'law'],
    },
    recreation_public_space: {
      strong: ['recreation', 'recreational', 'recreation centre', 'rec centre', 'community centre', 'community center', 'park', 'parks', 'library', 'libraries', 'sport', 'sports', 'soccer', 'hockey', 'basketball', 'cricket', 'swimming', 'swim', 'pool', 'gym', 'playground', 'arts', 'art', 'music', 'culture', 'cultural', 'cultural events', 'festival', 'festivals', 'museum', 'activities', 'activity', 'leisure', 'camp', 'camps', 'after school', 'youth programs', 'fun', 'public space', 'public spaces', 'skating', 'trails'],
      weak: ['events', 'programs'],
    },
    religious_organizations: {
      strong: ['church', 'churches', 'mosque', 'mosques', 'masjid', 'gurdwara', 'gurudwara', 'temple', 'temples', 'synagogue', 'faith', 'religion', 'religious', 'pray', 'prayer', 'prayers', 'prayer room', 'worship', 'halal', 'kosher', 'parish', 'imam', 'pastor', 'church group', 'faith community'],
      weak: ['god', 'spiritual'],
    },
    media_representation: {
      strong: ['media', 'news', 'newspaper', 'newspapers', 'local news', 'tv', 'television', 'radio', 'journalists', 'news stories', 'social media', 'facebook', 'fake news', 'misinformation', 'stories', 'portrayal', 'portrayed', 'coverage', 'diverse faces', 'representation media'],
      weak: ['ads', 'advertising', 'online'],
    },
    institutional_capacity: {
      strong: ['funding', 'funded', 'funder', 'funders', 'grant', 'grants', 'stable funding', 'core funding', 'coordination', 'coordinate', 'collaboration', 'collaborate', 'partnership', 'partnerships', 'partners', 'working together', 'work together', 'agencies working together', 'service providers', 'providers', 'silos', 'competing', 'municipal', 'municipality', 'city staff', 'city services', 'municipal services', 'cultural competency', 'cultural competence', 'cultural sensitivity', 'train staff', 'training for staff', 'staff training', 'staff', 'capacity', 'data', 'research', 'waitlists agencies', 'mainstream services', 'institutions'],
      weak: ['city', 'government', 'organizations', 'organisations', 'train', 'hire staff'],
    },
    basic_needs: {
      strong: ['money', 'cost of living', 'living costs', 'everything expensive', 'everything is expensive', 'everything so expensive', 'things expensive', 'prices', 'price', 'inflation', 'groceries', 'grocery', 'food', 'food bank', 'food banks', 'food prices', 'hungry', 'bills', 'paying bills', 'pay bills', 'debt', 'income', 'low income', 'poverty', 'poor', '=financial', '=finances', 'savings', 'welfare', 'social assistance', 'ontario works', 'benefits', 'child benefit', 'ccb', 'daycare', 'day care', 'childcare', 'child care', 'babysitter', 'credit', 'credit score', 'building credit', 'bank account', 'banking', 'budget', 'end of the month', 'make ends meet', 'utilities', 'heating', 'clothes', 'winter clothes'],
      weak: ['cost', 'costs', 'pay', 'paying', 'cheap', 'loan', 'bank', 'expensive', 'afford', 'affordable', 'affordability'],
    },
  },
  qualifiers: [
    { theme: 'basic_needs', terms: ['price', 'prices', 'cost', 'costs', 'pay', 'paying', 'cheap', 'expensive', 'afford', 'affordable', 'affordability'], unlessWith: PRICED_TOPICS },
    // Landlords ask for a credit score: then it is about renting, not about banking.
    { theme: 'basic_needs', terms: ['credit', 'credit score'], unlessWith: ['housing'] },
  ],
  // Ambiguous words of organisational prose: they name the theme only next to a cue.
  contexts: [
    { theme: 'civic_participation', terms: ['council', 'councils', 'boards', 'consultation', 'consulted'], cues: ['vote', 'voting', 'elect', 'voice', 'seat', 'decision', 'newcomer', 'immigrant', 'diverse', 'diversity', 'citizen', 'resident', 'participat', 'represent', 'say', 'heard', 'listen', 'run for'] },
    { theme: 'media_representation', terms: ['stories', 'coverage', 'media'], cues: ['news', 'paper', 'tv', 'televis', 'radio', 'journal', 'portray', 'press', 'report', 'headline', 'negative', 'immigrant', 'newcomer', 'refugee', 'image', 'stereotyp', 'ethnic', 'multilingual', 'show'] },
    { theme: 'institutional_capacity', terms: ['partners', 'partnership', 'partnerships', 'staff', 'data', 'research', 'providers', 'service providers', 'capacity', 'collaboration', 'collaborate', 'coordination', 'coordinate'], cues: ['lack', 'need', 'gap', 'short', 'insufficien', 'limited', 'cut', 'stable', 'sustain', 'silo', 'duplicat', 'fragment', 'overwhelm', 'underfund', 'more', 'better', 'improv', 'strengthen', 'train', 'competen', 'capacity', 'coordinat', 'collaborat', 'sharing', 'disaggregat', 'cannot', 'burnout', 'turnover', 'waitlist', 'backlog', 'mandate'] },
    { theme: 'institutional_capacity', terms: ['funding', 'funded', 'funder', 'funders', 'grant', 'grants'], cues: ['lack', 'cut', 'short', 'stable', 'core', 'sustain', 'insufficien', 'limited', 'need', 'more', 'ending', 'expire', 'precarious', 'annual', 'gap', 'underfund', 'reduc', 'uncertain', 'without', 'cannot', 'renew', 'multi year', 'pilot'] },
    { theme: 'settlement_services', terms: ['information', 'info'], cues: ['service', 'help', 'where', 'know', 'find', 'newcomer', 'settlement', 'immigra', 'resource', 'available', 'access', 'navigat', 'told', 'nobody', 'orientation', 'program', 'arriv'] },
    { theme: 'settlement_services', terms: ['status'], cues: ['immigra', 'refugee', 'pr', 'permanent', 'visa', 'permit', 'lose', 'lost', 'expire', 'without', 'precarious', 'temporary', 'application', 'claim'] },
    // "rights" and "right" share a stem: "right now", "all right" and "the right answer" are not about rights.
    { theme: 'safety_justice', terms: ['rights'], cues: ['rights', 'human', 'worker', 'tenant', 'legal', 'know', 'violat', 'protect', 'equal', 'charter', 'abus', 'lawyer', 'defend', 'denied', 'deny', 'respect', 'labour', 'labor', 'law', 'fight', 'employ', 'discriminat'] },
    { theme: 'social_inclusion', terms: ['events'], cues: ['meet', 'social', 'friend', 'lonely', 'connect', 'invite', 'belong', 'people', 'together', 'isolat'] },
    // "LINC classes at the community centre" is about language: the centre is only the place.
    { theme: 'recreation_public_space', terms: ['community centre', 'community center'], cues: ['activit', 'gym', 'pool', 'sport', 'hours', 'open', 'clos', 'space', 'play', 'fitness', 'member', 'fee', 'youth', 'teen', 'swim', 'skat', 'court', 'book', 'drop in', 'rec', 'kids', 'children'] },
    // "the community" names who, not a need: attitudes or belonging only with a word that says so.
    { theme: 'public_attitudes', terms: ['community'], cues: ['attitud', 'welcom', 'accept', 'racis', 'prejud', 'friendl', 'open', 'hostil', 'respect', 'treat', 'view', 'perceiv', 'cold', 'kind', 'nice', 'understand', 'educat', 'aware'] },
    { theme: 'social_inclusion', terms: ['community'], cues: ['belong', 'meet', 'friend', 'lonel', 'isolat', 'connect', 'part of', 'involv', 'together', 'event', 'gather', 'integrat', 'feel', 'home', 'included', 'inclus'] },
    { theme: 'recreation_public_space', terms: ['library', 'libraries'], cues: ['book', 'hours', 'open', 'card', 'quiet', 'space', 'computer', 'activit', 'storytime', 'borrow', 'free', 'kids', 'children', 'teen', 'youth', 'program'] },
  ],
};
