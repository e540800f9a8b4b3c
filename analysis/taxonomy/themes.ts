import type { Subtheme, Theme } from './types';

const sub = (code: string, en: string, fr: string): Subtheme => ({ code, label: { en, fr } });

/** The codebook: one entry per code, in THEME_CODES order. */
export const THEMES: Theme[] = [
  {
    code: 'employment',
    label: { en: 'Employment & job training', fr: 'Emploi et formation professionnelle' },
    definition: {
      en: "Finding and keeping work that matches one's skills; labour-market barriers and employment services.",
      fr: "Trouver et garder un emploi à la hauteur de ses compétences; obstacles sur le marché du travail et services d'emploi.",
    },
    subthemes: [
      sub('job_search_access', 'Finding a job', "Trouver un emploi"),
      sub('underemployment_overqualification', 'Underemployment & overqualification', 'Sous-emploi et surqualification'),
      sub('canadian_experience_networks', 'Canadian experience & professional networks', 'Expérience canadienne et réseaux professionnels'),
      sub('workplace_conditions_rights', 'Working conditions & rights at work', 'Conditions de travail et droits au travail'),
      sub('employment_services_bridging', 'Employment services & job training', "Services d'emploi et formation professionnelle"),
    ],
    examples: {
      en: ['Finding a job in my field', 'they all want canadian experience', 'working in a warehouse with my engineering degree'],
      fr: ['trouver un emploi dans mon domaine', "on demande toujours l'expérience canadienne", 'pas de travail'],
    },
  },
  {
    code: 'credential_recognition',
    label: { en: 'Foreign credential & experience recognition', fr: 'Reconnaissance des diplômes et des acquis étrangers' },
    definition: {
      en: 'Assessment and recognition of foreign education, licences and work experience.',
      fr: "Évaluation et reconnaissance des études, des permis d'exercice et de l'expérience de travail acquis à l'étranger.",
    },
    subthemes: [
      sub('credential_assessment', 'Credential assessment', 'Évaluation des diplômes'),
      sub('regulated_professions_licensing', 'Regulated professions & licensing', "Professions réglementées et permis d'exercice"),
      sub('equivalency_cost_time', 'Cost and time of equivalency', "Coût et délais de l'équivalence"),
      sub('documents_from_abroad', 'Documents from abroad', "Documents provenant de l'étranger"),
      sub('bridging_upgrading', 'Bridging & upgrading programs', "Programmes relais et mise à niveau"),
    ],
    examples: {
      en: ['my nursing license is not recognized', 'WES evaluation took a year', 'doctors from abroad cannot practise'],
      fr: ["mon diplôme n'est pas reconnu", "l'équivalence coûte trop cher", "l'ordre des ingénieurs demande des examens"],
    },
  },
  {
    code: 'housing',
    label: { en: 'Housing', fr: 'Logement' },
    definition: {
      en: 'Access to affordable, suitable and secure housing.',
      fr: 'Accès à un logement abordable, convenable et sûr.',
    },
    subthemes: [
      sub('affordability', 'Affordability & rent', 'Coût du logement et loyer'),
      sub('availability_vacancy', 'Availability & vacancy', 'Disponibilité des logements'),
      sub('rental_requirements_credit_guarantor', 'Credit history, references & guarantors', 'Historique de crédit, références et garants'),
      sub('housing_discrimination', 'Discrimination by landlords', 'Discrimination par les propriétaires'),
      sub('overcrowding_quality', 'Overcrowding & housing quality', 'Surpeuplement et qualité du logement'),
      sub('homelessness_shelter', 'Homelessness & shelters', 'Itinérance et refuges'),
    ],
    examples: {
      en: ['rent is too high', 'landlords want credit history', 'we live 6 people in a 2 bedroom'],
      fr: ['logement trop cher', 'trouver un appartement', 'les propriétaires demandent un garant'],
    },
  },
  {
    code: 'health',
    label: { en: 'Health care & mental health', fr: 'Santé et santé mentale' },
    definition: {
      en: 'Access to health services and physical and mental wellbeing.',
      fr: 'Accès aux services de santé et bien-être physique et mental.',
    },
    subthemes: [
      sub('primary_care_family_doctor', 'Family doctor & primary care', 'Médecin de famille et soins de première ligne'),
      sub('wait_times', 'Wait times', "Délais d'attente"),
      sub('mental_health_trauma', 'Mental health & trauma', 'Santé mentale et traumatismes'),
      sub('coverage_cost', 'Coverage & cost (OHIP wait, dental, drugs)', 'Couverture et coûts (délai de carence, dentiste, médicaments)'),
      sub('services_in_own_language', 'Care in one’s own language', 'Soins dans sa langue'),
      sub('culturally_safe_care', 'Culturally safe care', 'Soins culturellement sécuritaires'),
    ],
    examples: {
      en: ['no family doctor', 'waited 8 hours at emergency', 'depression and stress'],
      fr: ['pas de médecin de famille', "trop d'attente à l'urgence", 'santé mentale'],
    },
  },
  {
    code: 'education',
    label: { en: "Education & children's school success", fr: 'Éducation et réussite scolaire' },
    definition: {
      en: 'Schooling of children and youth, and adult and post-secondary education.',
      fr: 'Scolarité des enfants et des jeunes, et éducation des adultes et postsecondaire.',
    },
    subthemes: [
      sub('children_school_integration', "Children's integration at school", 'Intégration des enfants à l’école'),
      sub('school_language_support', 'Language support at school', 'Soutien linguistique à l’école'),
      sub('parent_school_relations', 'Parents and the school', 'Relations parents-école'),
      sub('adult_postsecondary_education', 'Adult & post-secondary education', 'Éducation des adultes et postsecondaire'),
      sub('settlement_workers_in_schools', 'Settlement workers in schools', "Travailleurs d'établissement dans les écoles"),
    ],
    examples: {
      en: ['my kids struggle at school', 'college tuition for international students', 'going back to school'],
      fr: ["l'intégration de mes enfants à l'école", "retourner aux études", "frais de scolarité à l'université"],
    },
  },
  {
    code: 'language',
    label: { en: 'Language learning & interpretation', fr: 'Langues, formation linguistique et interprétation' },
    definition: {
      en: 'Learning English or French, language barriers, interpretation and translation, services for official-language minorities.',
      fr: "Apprendre l'anglais ou le français, barrières linguistiques, interprétation et traduction, services aux minorités de langue officielle.",
    },
    subthemes: [
      sub('language_training_access', 'Access to language classes (LINC/CLIC)', 'Accès aux cours de langue (CLIC/LINC)'),
      sub('language_barrier_services', 'Language barrier in services', 'Barrière linguistique dans les services'),
      sub('interpretation_translation', 'Interpretation & translation', 'Interprétation et traduction'),
      sub('francophone_minority_services', 'Services in French outside Quebec', 'Services en français en milieu minoritaire'),
      sub('workplace_language', 'Language at work', 'Langue au travail'),
    ],
    examples: {
      en: ['my english is not good', 'LINC classes full', 'need an interpreter at the hospital'],
      fr: ["apprendre l'anglais", 'pas de services en français', 'la barrière de la langue'],
    },
  },
  {
    code: 'racism_discrimination',
    label: { en: 'Racism & discrimination', fr: 'Racisme et discrimination' },
    definition: {
      en: 'Unfair treatment based on race, religion, origin, name, accent or status.',
      fr: "Traitement injuste fondé sur la race, la religion, l'origine, le nom, l'accent ou le statut.",
    },
    subthemes: [
      sub('hiring_workplace', 'In hiring and at work', "À l'embauche et au travail"),
      sub('name_accent', 'Because of a name or accent', "À cause du nom ou de l'accent"),
      sub('hate_incidents_harassment', 'Hate incidents & harassment', 'Incidents haineux et harcèlement'),
      sub('systemic_institutional', 'Systemic & institutional racism', 'Racisme systémique et institutionnel'),
      sub('religious_discrimination', 'Religious discrimination (e.g. hijab)', 'Discrimination religieuse (p. ex. hijab)'),
    ],
    examples: {
      en: ['racism at work', 'people yell at me because of my hijab', 'no callbacks because of my name'],
      fr: ['le racisme', "discrimination à l'embauche à cause de mon accent", 'on me traite différemment'],
    },
  },
  {
    code: 'public_attitudes',
    label: { en: 'Public attitudes & welcome', fr: 'Attitudes du public et accueil' },
    definition: {
      en: 'How the receiving community views immigrants and diversity, welcoming or not.',
      fr: "La façon dont la communauté d'accueil voit les immigrants et la diversité, accueillante ou non.",
    },
    subthemes: [
      sub('positive_welcome', 'Friendly, welcoming people', 'Gens accueillants et chaleureux'),
      sub('prejudice_fear_misconceptions', 'Prejudice, fear & misconceptions', 'Préjugés, peur et idées fausses'),
      sub('intercultural_understanding', 'Intercultural understanding', 'Compréhension interculturelle'),
      sub('recognition_of_contribution', "Recognition of newcomers' contribution", 'Reconnaissance de la contribution des nouveaux arrivants'),
    ],
    examples: {
      en: ['people here are very friendly', 'locals should be more open to immigrants', 'they think we take their jobs'],
      fr: ['les gens sont accueillants', "plus d'ouverture envers les immigrants", 'des préjugés contre les immigrants'],
    },
  },
  {
    code: 'social_inclusion',
    label: { en: 'Social inclusion, belonging & isolation', fr: 'Inclusion sociale, appartenance et isolement' },
    definition: {
      en: 'Social networks, belonging, loneliness, family separation and community involvement.',
      fr: "Réseaux sociaux, sentiment d'appartenance, solitude, séparation familiale et engagement dans la communauté.",
    },
    subthemes: [
      sub('isolation_loneliness', 'Isolation & loneliness', 'Isolement et solitude'),
      sub('social_networks_friends', 'Making friends & social networks', 'Se faire des amis et réseaux sociaux'),
      sub('sense_of_belonging', 'Sense of belonging', "Sentiment d'appartenance"),
      sub('family_separation', 'Family far away & reunification', 'Famille éloignée et réunification'),
      sub('volunteering_involvement', 'Volunteering & involvement', 'Bénévolat et engagement'),
      sub('host_mentoring_programs', 'Host & mentoring programs', 'Programmes de jumelage et de mentorat'),
    ],
    examples: {
      en: ['I feel alone', 'hard to make friends', 'I miss my family back home'],
      fr: ['la solitude', 'se faire des amis', 'ma famille me manque'],
    },
  },
  {
    code: 'civic_participation',
    label: { en: 'Civic & political participation', fr: 'Participation civique et politique' },
    definition: {
      en: 'Voting, representation, citizenship and having a voice in decisions.',
      fr: 'Droit de vote, représentation, citoyenneté et voix dans les décisions.',
    },
    subthemes: [
      sub('voting_rights', 'Voting rights', 'Droit de vote'),
      sub('citizenship_acquisition', 'Becoming a citizen', 'Obtenir la citoyenneté'),
      sub('representation_leadership', 'Representation & leadership', 'Représentation et leadership'),
      sub('consultation_voice', 'Being consulted & heard', 'Être consulté et entendu'),
    ],
    examples: {
      en: ['let permanent residents vote in municipal elections', 'no immigrants on city council', 'ask us before deciding'],
      fr: ['droit de vote aux élections municipales', 'la citoyenneté', 'nous consulter'],
    },
  },
  {
    code: 'settlement_services',
    label: { en: 'Settlement information & service navigation', fr: "Information et services d'établissement" },
    definition: {
      en: 'Knowing about, reaching and using settlement services; orientation; immigration processes and status.',
      fr: "Connaître, joindre et utiliser les services d'établissement; orientation; démarches d'immigration et statut.",
    },
    subthemes: [
      sub('information_access', 'Access to information', "Accès à l'information"),
      sub('navigation_referral', 'Navigating services & referrals', 'Se retrouver dans les services et aiguillage'),
      sub('service_gaps_eligibility', 'Service gaps & eligibility', 'Lacunes de services et admissibilité'),
      sub('orientation_life_in_canada', 'Orientation to life in Canada', 'Orientation à la vie au Canada'),
      sub('immigration_status_processes', 'Immigration status & processes (PR, permits)', "Statut et démarches d'immigration (RP, permis)"),
      sub('pre_arrival', 'Pre-arrival services', 'Services avant l’arrivée'),
    ],
    examples: {
      en: ["didn't know where to go for help", 'PR application taking forever', 'more settlement workers'],
      fr: ["je ne savais pas où m'adresser", "attente pour la résidence permanente", "plus d'information pour les nouveaux arrivants"],
    },
  },
  {
    code: 'transportation',
    label: { en: 'Transportation & transit', fr: 'Transport et transport en commun' },
    definition: {
      en: "Getting around: transit availability and cost, driving and driver's licences, rural distance.",
      fr: 'Se déplacer : offre et coût du transport en commun, conduite et permis, distances en milieu rural.',
    },
    subthemes: [
      sub('transit_availability_frequency', 'Transit routes & frequency', 'Trajets et fréquence du transport en commun'),
      sub('transit_cost', 'Cost of transit', 'Coût du transport en commun'),
      sub('drivers_licence_car', "Driver's licence & car", 'Permis de conduire et voiture'),
      sub('rural_distance', 'Rural distance', 'Distances en milieu rural'),
      sub('transit_safety', 'Safety in transit', 'Sécurité dans les transports'),
    ],
    examples: {
      en: ['the bus comes every hour', "getting my driver's licence", 'no transit to the factory'],
      fr: ["l'autobus passe rarement", 'le permis de conduire', 'pas de transport en commun'],
    },
  },
  {
    code: 'business_attraction_retention',
    label: { en: 'Entrepreneurship, attraction & retention', fr: 'Entrepreneuriat, attraction et rétention' },
    definition: {
      en: 'Starting businesses; attracting newcomers to the community and keeping them; employer needs.',
      fr: "Créer une entreprise; attirer les nouveaux arrivants dans la communauté et les retenir; besoins des employeurs.",
    },
    subthemes: [
      sub('entrepreneurship_financing', 'Starting a business & financing', "Démarrer une entreprise et financement"),
      sub('business_support', 'Support for businesses', 'Soutien aux entreprises'),
      sub('attraction_regionalization', 'Attracting newcomers & regionalization', 'Attraction et régionalisation'),
      sub('retention_outmigration', 'Retention & leaving for elsewhere', 'Rétention et départs'),
      sub('employer_labour_needs', "Employers' labour needs", "Besoins de main-d'œuvre des employeurs"),
    ],
    examples: {
      en: ['want to open my own business', 'young families leave for Toronto', 'employers cannot find workers'],
      fr: ['démarrer mon entreprise', 'les immigrants partent vers Montréal', "pénurie de main-d'œuvre"],
    },
  },
  {
    code: 'specific_populations',
    label: { en: 'Women, youth, seniors & other groups', fr: 'Femmes, jeunes, aînés et autres groupes' },
    definition: {
      en: 'Needs specific to a population group: women, youth, seniors, refugees and people with precarious status, 2SLGBTQI+ people, people with disabilities.',
      fr: 'Besoins propres à un groupe : femmes, jeunes, aînés, réfugiés et personnes au statut précaire, personnes 2ELGBTQI+, personnes handicapées.',
    },
    subthemes: [
      sub('women', 'Women', 'Femmes'),
      sub('youth_children', 'Youth & children', 'Jeunes et enfants'),
      sub('seniors', 'Seniors', 'Aînés'),
      sub('refugees_precarious_status', 'Refugees & precarious status', 'Réfugiés et statut précaire'),
      sub('other_equity_groups', 'Other equity groups (2SLGBTQI+, disability)', 'Autres groupes (2ELGBTQI+, handicap)'),
    ],
    examples: {
      en: ['programs for senior parents', 'refugee claimants have nothing', 'support for immigrant women'],
      fr: ['les aînés sont isolés', 'les demandeurs d’asile', 'programmes pour les femmes immigrantes'],
    },
  },
  {
    code: 'safety_justice',
    label: { en: 'Safety, police & justice', fr: 'Sécurité, police et justice' },
    definition: {
      en: 'Personal safety, relations with the police, legal information and rights, family violence and exploitation.',
      fr: 'Sécurité personnelle, relations avec la police, information juridique et droits, violence familiale et exploitation.',
    },
    subthemes: [
      sub('police_relations_profiling', 'Police relations & profiling', 'Relations avec la police et profilage'),
      sub('personal_safety_crime', 'Personal safety & crime', 'Sécurité personnelle et criminalité'),
      sub('legal_information_services', 'Legal information & services', 'Information et services juridiques'),
      sub('family_violence', 'Family violence', 'Violence familiale'),
      sub('exploitation_rights', 'Exploitation (wage theft, fraud, trafficking)', 'Exploitation (vol de salaire, fraude, traite)'),
    ],
    examples: {
      en: ['I do not feel safe downtown at night', 'police stopped my son for no reason', 'need a free lawyer'],
      fr: ['je ne me sens pas en sécurité', "j'ai peur de la police", 'besoin d’un avocat'],
    },
  },
  {
    code: 'recreation_public_space',
    label: { en: 'Recreation, culture & public space', fr: 'Loisirs, culture et espaces publics' },
    definition: {
      en: 'Sport, recreation, arts and culture, libraries, parks and other public spaces.',
      fr: 'Sport, loisirs, arts et culture, bibliothèques, parcs et autres espaces publics.',
    },
    subthemes: [
      sub('program_access_cost', 'Access to and cost of programs', 'Accès aux activités et coût'),
      sub('youth_recreation', 'Recreation for youth', 'Loisirs pour les jeunes'),
      sub('culturally_adapted_programs', 'Culturally adapted programs', 'Activités adaptées aux cultures'),
      sub('parks_libraries_public_space', 'Parks, libraries & public spaces', 'Parcs, bibliothèques et espaces publics'),
      sub('arts_culture_events', 'Arts, culture & festivals', 'Arts, culture et festivals'),
    ],
    examples: {
      en: ['soccer for my kids is too expensive', 'the library helped me a lot', 'more multicultural festivals'],
      fr: ['des activités pour les familles', 'la bibliothèque', 'un festival interculturel'],
    },
  },
  {
    code: 'religious_organizations',
    label: { en: 'Faith communities & religious organizations', fr: 'Communautés de foi et organisations religieuses' },
    definition: {
      en: 'Places of worship, faith communities, and faith-based sponsorship and settlement support.',
      fr: "Lieux de culte, communautés de foi, parrainage et soutien à l'établissement par des organismes confessionnels.",
    },
    subthemes: [
      sub('places_of_worship', 'Places of worship', 'Lieux de culte'),
      sub('faith_based_sponsorship', 'Faith-based sponsorship', 'Parrainage par des groupes confessionnels'),
      sub('faith_settlement_partnerships', 'Faith groups in settlement', "Groupes confessionnels et établissement"),
      sub('religious_accommodation', 'Religious accommodation (prayer, halal food)', 'Accommodements religieux (prière, nourriture halal)'),
    ],
    examples: {
      en: ['no mosque nearby', 'our church sponsored us', 'a place to pray at work'],
      fr: ['pas de mosquée', "l'église nous a beaucoup aidés", 'un lieu de prière'],
    },
  },
  {
    code: 'media_representation',
    label: { en: 'Media coverage & representation', fr: 'Médias et représentation' },
    definition: {
      en: 'Portrayal and visibility of immigrants in the media; ethnic and multilingual media; misinformation.',
      fr: 'Image et visibilité des immigrants dans les médias; médias ethniques et multilingues; désinformation.',
    },
    subthemes: [
      sub('negative_portrayal', 'Negative portrayal', 'Image négative'),
      sub('visibility_representation', 'Visibility & representation', 'Visibilité et représentation'),
      sub('ethnic_multilingual_media', 'Ethnic & multilingual media', 'Médias ethniques et multilingues'),
      sub('misinformation', 'Misinformation', 'Désinformation'),
    ],
    examples: {
      en: ['the news blames immigrants for housing', 'local radio in our language', 'fake news on facebook about refugees'],
      fr: ['les médias parlent mal des immigrants', 'journal local', 'des fausses nouvelles sur les réfugiés'],
    },
  },
  {
    code: 'institutional_capacity',
    label: {
      en: 'Institutional capacity, municipal services & coordination',
      fr: 'Capacité des institutions, services municipaux et concertation',
    },
    definition: {
      en: 'Responsiveness of municipal and mainstream institutions, cross-sector collaboration, staff training, data and funding.',
      fr: 'Capacité des institutions municipales et générales à répondre, concertation intersectorielle, formation du personnel, données et financement.',
    },
    subthemes: [
      sub('municipal_services', 'Municipal services', 'Services municipaux'),
      sub('cross_sector_partnerships', 'Cross-sector partnerships & coordination', 'Partenariats intersectoriels et concertation'),
      sub('cultural_competence_training', 'Cultural competence of staff', 'Compétence culturelle du personnel'),
      sub('data_research', 'Data & research', 'Données et recherche'),
      sub('funding_sustainability', 'Funding & sustainability', 'Financement et pérennité'),
    ],
    examples: {
      en: ['agencies should work together instead of competing', 'stable funding for programs', 'train city staff'],
      fr: ['meilleure concertation entre les organismes', 'financement à long terme', 'la ville doit adapter ses services'],
    },
  },
  {
    code: 'basic_needs',
    label: {
      en: 'Income, cost of living & basic needs (incl. childcare)',
      fr: "Revenu, coût de la vie et besoins essentiels (y compris garde d'enfants)",
    },
    definition: {
      en: 'Financial security and daily essentials: cost of living, income support, food, childcare, credit.',
      fr: 'Sécurité financière et besoins quotidiens : coût de la vie, aide au revenu, alimentation, garde d’enfants, crédit.',
    },
    subthemes: [
      sub('cost_of_living', 'Cost of living', 'Coût de la vie'),
      sub('low_income_assistance', 'Low income & income support', 'Faible revenu et aide financière'),
      sub('food_security', 'Food security', 'Sécurité alimentaire'),
      sub('childcare', 'Childcare', "Garde d'enfants"),
      sub('financial_literacy_credit', 'Banking, credit & financial literacy', 'Banque, crédit et littératie financière'),
    ],
    examples: {
      en: ['everything is so expensive', 'no daycare spot', 'we go to the food bank'],
      fr: ['le coût de la vie', "pas de place en garderie", 'la banque alimentaire'],
    },
  },
  {
    code: 'no_content',
    label: { en: 'No content', fr: 'Sans contenu' },
    definition: {
      en: 'An empty answer, or one that says nothing to add (nothing, n/a, no, don’t know).',
      fr: 'Une réponse vide, ou qui ne dit rien à ajouter (rien, s.o., non, je ne sais pas).',
    },
    subthemes: [],
    examples: { en: ['nothing', 'n/a', 'no'], fr: ['rien', 'aucun', 'non'] },
  },
];
