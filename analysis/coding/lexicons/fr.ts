import { PRICED_TOPICS, type LexiconSource } from './types';

// French as written in Quebec and in francophone minority communities, anglicisms included
// ("une job", "l'appart", "daycare"). Accents are folded, so "medecin" and "médecin" are one term.
export const FR: LexiconSource = {
  lang: 'fr',
  match: 'words',
  stopwords: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'au', 'aux', 'a', 'et', 'ou', 'en', 'dans', 'pour', 'par', 'sur', 'avec', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'me', 'm', 'te', 't', 'se', 's', 'ce', 'c', 'ca', 'cet', 'cette', 'ces', 'qui', 'que', 'qu', 'est', 'sont', 'etre', 'ai', 'as', 'avons', 'avez', 'ont', 'avoir', 'y', 'tres', 'trop', 'plus', 'ici', 'tout', 'tous', 'toute', 'toutes', 'pis', 'ben', 'fait', 'faire', 'suis'],
  terms: {
    employment: {
      strong: ['emploi', 'emplois', 'travail', 'travailler', 'travaille', 'job', 'jobs', 'chomage', 'chomeur', 'sans emploi', 'embauche', 'embaucher', 'entrevue', 'entrevues', 'entretien', 'cv', 'curriculum', 'experience canadienne', 'experience quebecoise', 'experience locale', 'premiere experience', 'stage', 'stages', 'surqualifie', 'surqualifiee', 'surqualification', 'sous emploi', 'salaire', 'salaires', 'salaire minimum', 'employeur', 'employeurs', 'patron', 'usine', 'quart de nuit', 'recherche d emploi', 'chercher du travail', 'trouver du travail', 'services d emploi', 'formation professionnelle', 'metier', 'carriere', 'heures supplementaires', 'menage'],
      weak: ['domaine', 'experience', 'competences', 'poste', 'heures', 'revenu'],
    },
    credential_recognition: {
      strong: ['reconnaissance', 'reconnaissance des diplomes', 'reconnu', 'reconnue', 'reconnus', 'reconnaitre', 'pas reconnu', 'equivalence', 'equivalences', 'diplome', 'diplomes', 'diplome etranger', 'acquis', 'ordre professionnel', 'ordre', 'ordre des infirmieres', 'ordre des ingenieurs', 'permis d exercice', 'profession reglementee', 'refaire', 'mise a niveau', 'evaluation comparative'],
      weak: ['examens', 'examen', 'documents', 'infirmiere', 'ingenieur'],
    },
    housing: {
      strong: ['logement', 'logements', 'logment', 'loyer', 'loyers', 'appartement', 'appart', 'appartment', 'proprietaire', 'proprietaires', 'locataire', 'locataires', 'bail', 'maison', 'demenager', 'garant', 'garants', 'historique de credit', 'itinerance', 'itinerant', 'refuge', 'refuges', 'sous sol', 'moisissure', 'insalubre', 'chambre', 'chambres', 'penurie de logements', 'crise du logement', 'loger', 'housing', 'hlm', 'logement social', 'logement abordable'],
      weak: ['quartier', 'immeuble', 'vivre'],
    },
    health: {
      strong: ['sante', 'medecin', 'medecins', 'medecin de famille', 'docteur', 'clinique', 'hopital', 'urgence', 'urgences', 'soins', 'soins de sante', 'ramq', 'ohip', 'assurance maladie', 'carte sante', 'carte soleil', 'infirmiere praticienne', 'specialiste', 'specialistes', 'dentiste', 'dentaire', 'medicaments', 'medicament', 'pharmacie', 'sante mentale', 'psychologue', 'depression', 'deprime', 'anxiete', 'stress', 'traumatisme', 'malade', 'maladie', 'enceinte', 'grossesse', 'attente a l urgence'],
      weak: ['attente', 'delais', 'delai', 'bebe'],
    },
    education: {
      strong: ['ecole', 'ecoles', 'education', 'etudier', 'universite', 'cegep', 'frais de scolarite', 'scolarite', 'scolaire', 'enseignant', 'enseignants', 'professeur', 'eleves', 'etudiant', 'etudiants', 'etudiant international', 'etudiants internationaux', 'retourner aux etudes', 'retour aux etudes', 'devoirs', 'intimidation', 'ecole francophone', 'reussite scolaire'],
      // "élevé" (high) folds to "eleve": on its own it is not enough.
      weak: ['eleve', 'enfants', 'fils', 'fille', 'apprendre', 'cours', 'formation', 'etudes', 'college', 'classe'],
    },
    language: {
      strong: ['langue', 'langues', 'anglais', 'francais', 'barriere de la langue', 'barriere linguistique', 'parler anglais', 'parler francais', 'cours de francais', 'cours d anglais', 'cours de langue', 'francisation', 'clic', 'linc', 'interprete', 'interpretes', 'interpretation', 'traduction', 'traduire', 'traducteur', 'services en francais', 'francophone', 'francophones', 'bilingue', 'english'],
      weak: ['accent', 'parler', 'parle', 'comprendre', 'communiquer', 'arabe', 'espagnol', 'mandarin', 'punjabi', 'ma langue'],
    },
    racism_discrimination: {
      strong: ['racisme', 'raciste', 'racistes', 'discrimination', 'discrimine', 'discriminee', 'discriminatoire', 'islamophobie', 'xenophobie', 'haine', 'harcelement', 'insulte', 'insultee', 'a cause de mon nom', 'a cause de mon accent', 'profilage', 'traite differemment', 'traitee differemment', 'retourne dans ton pays', 'refusent les immigrants', 'injustice', 'couleur de peau', 'couleur de ma peau', 'parce que je suis immigrant', 'parce que je suis immigrante', 'parce qu on est immigrants'],
      weak: ['voile', 'hijab', 'injuste'],
    },
    public_attitudes: {
      strong: ['accueillant', 'accueillants', 'accueillante', 'accueil', 'chaleureux', 'gentils', 'gentil', 'gens gentils', 'gens accueillants', 'ouverture', 'ouverts', 'ouvert', 'prejuges', 'prejuge', 'prejudice', 'mentalite', 'attitudes', 'attitude', 'ouverture a la diversite', 'diversite', 'contribution', 'apport', 'interculturel', 'respect', 'sensibiliser', 'voient les immigrants', 'envers les immigrants'],
      weak: ['gens', 'population', 'quebecois'],
    },
    social_inclusion: {
      strong: ['solitude', 'seul', 'seule', 'isolement', 'isole', 'isolee', 'amis', 'ami', 'amies', 'reseau', 'reseau social', 'appartenance', 'sentiment d appartenance', 'ma famille me manque', 'famille me manque', 'loin de ma famille', 'reunification familiale', 'benevolat', 'benevole', 'jumelage', 'jumelages', 'mentorat', 'parrain', 'integration', 'integrer', 'rencontrer des gens', 'rencontrer', 'liens', 'tisser des liens'],
      weak: ['communaute', 'ensemble', 'activites communautaires', 'famille'],
    },
    civic_participation: {
      strong: ['droit de vote', 'vote', 'voter', 'elections', 'election', 'citoyennete', 'citoyen', 'examen de citoyennete', 'conseil municipal', 'representation', 'representes', 'politique', 'consultes', 'consulter', 'consultation', 'participation citoyenne', 'decisions'],
      weak: ['voix', 'participer'],
    },
    settlement_services: {
      strong: ['information', 'informations', 'info', 'adresser', 'savoir ou aller', 'orientation', 'accompagnement', 'etablissement', 'services d etablissement', 'organisme d etablissement', 'intervenant', 'intervenante', '=immigration', 'demarches', 'demarches d immigration', 'paperasse', 'residence permanente', 'residente permanente', 'rp', 'carte rp', 'permis de travail', 'permis d etudes', 'visa', 'statut', 'ircc', 'nas', 'admissibilite', 'admissible', 'guichet unique', 'nouveaux arrivants', 'parrainage', 'aide a l arrivee', 'avant l arrivee'],
      weak: ['aide', 'services', 'service', 'programmes', 'formulaires', 'expire', 'dossier'],
    },
    transportation: {
      strong: ['transport', 'transports', 'transport en commun', 'autobus', 'bus', 'metro', 'train', 'voiture', 'auto', 'char', 'conduire', 'permis de conduire', 'passe d autobus', 'taxi', 'deplacer', 'deplacements', 'covoiturage'],
      weak: ['trajet', 'distance', 'loin'],
    },
    business_attraction_retention: {
      strong: ['entreprise', 'entreprises', 'demarrer une entreprise', 'entrepreneur', 'entrepreneurs', 'entrepreneuriat', 'commerce', 'pret', 'financement entreprise', 'attirer', 'attraction', 'retenir', 'retention', 'regionalisation', 'partent', 'quitter la ville', 'penurie de main d oeuvre', 'main d oeuvre', 'manque de main d oeuvre', 'travailleurs qualifies'],
      weak: ['economie', 'region', 'rester'],
    },
    specific_populations: {
      strong: ['femmes', 'femme', 'femmes immigrantes', 'meres', 'mere monoparentale', 'aines', 'aine', 'personnes agees', 'jeunes', 'adolescents', 'ados', 'refugie', 'refugies', 'refugiee', 'demandeurs d asile', 'demandeur d asile', 'asile', 'sans statut', 'statut precaire', 'lgbtq', 'lgbtq2', '2elgbtqi', 'handicap', 'handicapes', 'personnes handicapees'],
      weak: ['enfants', 'parents', 'voile'],
    },
    safety_justice: {
      strong: ['securite', 'danger', 'dangereux', 'peur', 'police', 'policiers', 'crime', 'criminalite', 'vol', 'violence', 'violence conjugale', 'violence familiale', 'abus', 'avocat', 'avocats', 'aide juridique', 'juridique', 'justice', 'tribunal', 'droits', 'exploitation', 'exploite', 'fraude', 'arnaque', 'ne paie pas', 'pas paye', 'heures supplementaires'],
      weak: ['loi'],
    },
    recreation_public_space: {
      strong: ['loisirs', 'loisir', 'activites', 'activite', 'activites sportives', 'sport', 'sports', 'soccer', 'hockey', 'natation', 'piscine', 'parc', 'parcs', 'bibliotheque', 'bibliotheques', 'centre communautaire', 'culture', 'culturel', 'culturelles', 'festival', 'festivals', 'musee', 'camp de jour', 'arts', 'espaces publics', 'patinoire'],
      weak: ['gratuites', 'fete', 'evenements'],
    },
    religious_organizations: {
      strong: ['eglise', 'eglises', 'mosquee', 'mosquees', 'temple', 'gurdwara', 'synagogue', 'paroisse', 'religion', 'religieux', 'religieuse', 'foi', 'priere', 'prier', 'lieu de culte', 'lieu de priere', 'culte', 'halal', 'imam', 'pasteur'],
      weak: ['dieu'],
    },
    media_representation: {
      strong: ['medias', 'media', 'journaux', 'journal', 'nouvelles', 'television', 'tele', 'radio', 'radio communautaire', 'reseaux sociaux', 'fausses nouvelles', 'desinformation', 'image des immigrants', 'montrent'],
      weak: ['facebook', 'publicite'],
    },
    institutional_capacity: {
      strong: ['financement', 'financement des organismes', 'subvention', 'subventions', 'concertation', 'collaboration', 'partenaires', 'partenariat', 'partenariats', 'organismes', 'travailler ensemble', 'municipalite', 'municipal', 'municipaux', 'services municipaux', 'personnel', 'formation du personnel', 'competence culturelle', 'donnees', 'recherche', 'institutions'],
      weak: ['ville', 'gouvernement', 'adapter'],
    },
    basic_needs: {
      strong: ['argent', 'cout de la vie', 'couts', 'epicerie', 'nourriture', 'banque alimentaire', 'faim', 'factures', 'dettes', 'revenu', 'faible revenu', 'pauvrete', 'aide sociale', 'allocation', 'allocations familiales', 'garderie', 'garderies', 'garde d enfants', 'service de garde', 'cpe', 'daycare', 'credit', 'compte bancaire', 'fin du mois', '=finances', 'budget', 'vetements', 'chauffage', 'tout coute cher', 'la vie est chere'],
      weak: ['cher', 'chere', 'chers', 'couter', 'coute', 'payer', 'prix', 'banque'],
    },
  },
  qualifiers: [
    // "tout" is a stopword, so "tout coûte cher" is matched as "coûte cher", which also says what the rent costs.
    { theme: 'basic_needs', terms: ['tout coute cher', 'couts', 'cher', 'chere', 'chers', 'couter', 'coute', 'payer', 'prix'], unlessWith: PRICED_TOPICS },
    { theme: 'basic_needs', terms: ['credit'], unlessWith: ['housing'] },
  ],
  // Ambiguous words of organisational prose: they name the theme only next to a cue.
  contexts: [
    { theme: 'institutional_capacity', terms: ['partenaires', 'partenariat', 'partenariats', 'organismes', 'financement', 'subvention', 'subventions', 'concertation', 'collaboration'], cues: ['manque', 'besoin', 'insuffisan', 'stable', 'perenn', 'coup', 'reduc', 'silo', 'dedoubl', 'coordon', 'ameliorer', 'renforcer', 'former', 'formation', 'capacite', 'debord', 'surcharg', 'precaire', 'plus de', 'penurie', 'roulement', 'epuis', 'liste d attente'] },
    { theme: 'settlement_services', terms: ['information', 'informations', 'info'], cues: ['service', 'aide', 'savoir', 'trouver', 'nouveaux', 'arrivant', 'immigra', 'ressource', 'disponible', 'acces', 'orient', 'personne', 'programme', 'arriv', 'ou aller'] },
    { theme: 'media_representation', terms: ['medias', 'media', 'journal', 'journaux'], cues: ['immigr', 'image', 'portrai', 'negati', 'stereotyp', 'represent', 'nouvelles', 'arrivant', 'refugi', 'montr', 'couvert', 'ethniq', 'langue', 'reportage'] },
  ],
};
