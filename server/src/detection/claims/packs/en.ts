/**
 * English claim pack: the lexicons and the grammar rules of the red-flag families (README,
 * "Checklist": claims.prohibited). Everything language-specific lives here as data; the engine in
 * ../grammar.ts compiles it once. Patterns are regex sources run on a lower-cased copy of the
 * text; every repetition is bounded so each rule stays linear in the text length.
 */
import type { ClaimPack, ClaimRule } from '../types';

/** Words of a phrase: bounded whitespace or hyphen. */
const S = '[\\s\\u00a0\\-]{1,3}';
/** Optional space or hyphen ("100%", "side-effect", "sideeffect"). */
const S0 = '[\\s\\u00a0\\-]{0,3}';
/** A hundred percent in digits or words ("100%", "100 percent", "one hundred percent"): one quantity, however it is written. */
const HUNDRED = `(?:100${S0}(?:%|percent|per${S}cent)|(?:a|one)${S}hundred${S}(?:percent|per${S}cent))`;
/** Zero percent ("0%", "zero percent"), a quantity of risk or of side effects. */
const ZERO_PERCENT = `(?:0${S0}%|0${S}percent|zero${S}(?:percent|%))`;
/** One word of filler. */
const W = `[\\p{L}\\p{N}'\\u2019\\-]{1,20}${S}`;
/** Optional apostrophe. */
const A = "['\\u2019]?";
/** One word of filler that is not a negation ("the weight didn't just fall off" promises nothing). */
const WP = `(?!(?:not|never|no)${S}|[\\p{L}]{1,12}n${A}t${S})${W}`;
/** Up to `n` filler words between two parts of a phrase ("cured [my mom's] arthritis"). */
const alt = (xs: readonly string[]): string => `(?:${xs.join('|')})`;

/** Medicines regulators other than the FDA, as writers name them ("TGA approved", "approved by NAFDAC"). */
const REGULATORS = [
  'us[\\s\\-]?fda', 'mhra', 'tga', 'health[\\s\\-]canada', 'nafdac', 'medsafe', 'sahpra', 'medicines[\\s\\-]control[\\s\\-]council', 'ema',
  'european[\\s\\-]medicines[\\s\\-]agency', 'cdsco', 'dcgi', 'anvisa', 'cofepris', 'pmda', 'nmpa', 'fda[\\s\\-]philippines', 'ghana[\\s\\-]fda',
  'kebs', 'tmda', 'zamra', 'mcaz', 'health[\\s\\-]sciences[\\s\\-]authority', 'hsa[\\s\\-]singapore', 'ayush[\\s\\-]ministry', 'ministry[\\s\\-]of[\\s\\-]ayush',
].join('|');

/** Diseases, conditions, symptoms, organs and body systems. */
export const HEALTH_OBJECTS: readonly string[] = [
  'pain', 'aches?', 'arthritis', 'osteoarthritis', 'rheumatoid', 'diabet(?:es|ic)', 'type[\\s\\-]?[12]', 'a1c', 'blood[\\s\\-]sugar',
  'insulin[\\s\\-]resistance', 'cancers?', 'tumou?rs?', 'leukemia', 'lymphoma', 'melanoma', 'asthma', 'copd', 'eczema', 'psoriasis',
  'acne', 'rosacea', 'migraines?', 'headaches?', 'anxiety', 'depression', 'insomnia', 'adhd', 'autism', 'alzheimer' + A + 's?',
  'dementia', 'cognitive[\\s\\-]decline', 'memory[\\s\\-]loss', 'parkinson' + A + 's?', 'ms', 'multiple[\\s\\-]sclerosis', 'lupus', 'lyme', 'crohn' + A + 's?', 'ibs', 'colitis', 'gerd',
  'reflux', 'heartburn', 'hypertension', 'blood[\\s\\-]pressure', 'cholesterol', 'thyroid', 'hashimoto' + A + 's?', 'pcos',
  'endometriosis', 'fibroids?', 'infertility', 'fertility', 'erectile[\\s\\-]dysfunction', 'ed', 'neuropathy', 'sciatica', 'tinnitus',
  'hearing(?:[\\s\\-]loss)?', 'vision', 'eyesight', 'nearsightedness', 'farsightedness', 'myopia', 'cataracts?', 'glaucoma',
  'macular[\\s\\-]degeneration', 'cavit(?:y|ies)', 'tooth[\\s\\-]decay', 'gum[\\s\\-]disease', 'gingivitis', 'periodontitis',
  'hair[\\s\\-]loss', 'baldness', 'wrinkles', 'cellulite', 'belly[\\s\\-]fat', 'fat', 'obesity', 'weight', 'kidney(?:[\\s\\-]disease)?',
  'liver', 'heart[\\s\\-](?:disease|failure|attacks?)', 'strokes?', 'allerg(?:y|ies)', 'fibromyalgia', 'chronic[\\s\\-]fatigue',
  'long[\\s\\-]covid', 'covid(?:-19)?', 'flu', 'colds?', 'infections?', 'utis?', 'herpes', 'hiv', 'aids', 'hepatitis', 'shingles',
  'measles', 'addiction', 'withdrawal', 'ptsd', 'ocd', 'bipolar', 'schizophrenia', 'vertigo', 'osteoporosis', 'scoliosis',
  'discs?', 'degenerative', 'cartilage', 'nerves?', 'nerve[\\s\\-]damage', 'brain[\\s\\-]cells', 'neurons', 'brain', 'spine', 'joints?',
  'knees?', 'back', 'neck', 'hips?', 'shoulders?', 'teeth', 'tooth', 'enamel', 'gums', 'eyes?', 'lungs?', 'heart', 'pancreas',
  'gout', 'snoring', 'sleep[\\s\\-]apnea', 'apnea', 'menopause', 'hot[\\s\\-]flash(?:es)?', 'low[\\s\\-]t', 'testosterone',
  'hormones?', 'inflammation', 'brain[\\s\\-]fog', 'fatigue', 'stress', 'memory', 'symptoms?', 'diseases?', 'disorders?',
  'conditions?', 'illness(?:es)?', 'ailments?', 'lesions?', 'plaque', 'arteries', 'scars?', 'varicose[\\s\\-]veins', 'hemorrhoids',
  'warts?', 'moles?', 'seizures?', 'epilepsy', 'stutter(?:ing)?', 'dyslexia', 'sinus(?:itis)?', 'colic', 'constipation',
  'bloating', 'candida', 'mold', 'toxins', 'heavy[\\s\\-]metals', 'autoimmune', 'immune[\\s\\-]system', 'immunity', 'cirrhosis',
  'rotator[\\s\\-]cuffs?', 'tendons?', 'ligaments?', '(?:gum[\\s\\-])?tissue', '(?:beta[\\s\\-]|stem[\\s\\-]|brain[\\s\\-])?cells', 'egg[\\s\\-]quality', 'kidneys',
  'pregnan(?:cy|cies|t)', 'conceiv(?:e|es|ed|ing)', 'ivf',
  'menisc(?:us|i)', 'bunions?', 'plantar[\\s\\-]fasciitis', 'gallstones', 'hair', 'receding[\\s\\-]gums', 'digestive(?:[\\s\\-](?:problems|issues))?',
  'gut(?:[\\s\\-]issues)?', 'falls', 'balance', 'blood[\\s\\-]clots?', 'melasma', 'sun[\\s\\-]damage', 'crooked[\\s\\-]teeth',
  'cysts?', 'polyps?', 'prediabetes', 'fatty[\\s\\-]liver', 'strep', 'kidney[\\s\\-]stones', 'parasites', 'lice', 'fungus', 'toothache',
  'cramps', 'bloat', 'sinusitis', 'restless[\\s\\-]legs', 'hashimotos', 'ebv', 'malaria', 'pneumonia', 'teething', 'prostate',
  'ringing', 'growing[\\s\\-]pains', 'ear[\\s\\-]infections?', 'tumours', 'aging', 'ageing',
  'ulcers?', 'wounds?', 'injur(?:y|ies)', 'concussions?', 'tbi', 'spinal[\\s\\-]cord', 'paralysis',
  'cerebral[\\s\\-]palsy', 'down[\\s\\-]syndrome', 'als', 'hypothyroidism', 'sickle[\\s\\-]cell', 'anemia',
  // Conditions named by their medical suffix (-itis, -osis, -emia, -pathy, -algia, -oma), from the stems of common diagnoses
  // rather than a bare suffix: "diagnosis", "aroma", "empathy" and "nostalgia" share the endings and are no illness.
  '(?:tendin|tendon|burs|dermat|gastr|gastroenter|diverticul|pancreat|sinus|bronch|bronchiol|conjunctiv|tonsill|laryng|pharyng|cyst|vagin|prostat|nephr|encephal|mening|append|esophag|gingiv|periodont|uve|kerat|blephar|ot|mast|myocard|pericard|endocard|vascul|spondyl|fasci|epicondyl|costochondr|thyroid|osteomyel|cholecyst|hepat|arthr|col|ile|neur|rhin)itis',
  '(?:diverticul|endometri|fibr|thromb|tubercul|scoli|kyph|cirrh|sarcoid|psori|halit|ketoacid|acid|osteopor|osteopen|arterioscler|atheroscler|sten|necr|candid|myc|neur|psych|lymphocyt|silic|asbest|scler)(?:osis|oses)',
  '(?:an|leuk|isch|sept|septic|hypoglyc|hyperglyc|glyc|bacter|vir|tox|hyperlipid|dyslipid|thalass|ur|hyperkal|hypokal|hyponatr)(?:emia|aemia)',
  '(?:neuro|retino|cardiomyo|myo|nephro|encephalo|radiculo|entero|lymphadeno|adeno)path(?:y|ies)',
  '(?:neur|my|fibromy|arthr|metatars|coccyd)algias?',
  '(?:carcin|sarc|lymph|melan|myel|gli|aden|fibr|lip|hemat|angi|neur|mening|meningi|blast|neuroblast|retinoblast|terat|papill|mesotheli|glauc|astrocyt|insulin)omas?',
  // Symptoms and body systems of everyday complaints (the README's "health object": condition, symptom, organ).
  'rash(?:es)?', 'hives', 'itch(?:ing|iness)?', 'cough(?:s|ing)?', 'sore[\\s\\-]throats?', 'nausea', 'vomiting', 'diarrh(?:o)?ea', 'indigestion',
  'swelling', 'spasms?', 'stiffness', 'soreness', 'numbness', 'tingling', 'palpitations', 'a[\\s\\-]?fib', 'arrhythmias?', 'angina', 'edema',
  'lymphedema', 'incontinence', '(?:overactive[\\s\\-])?bladder', 'stomach(?:[\\s\\-]?aches?)?', 'bellyaches?', 'colon', 'dandruff',
  '(?:toe)?nail[\\s\\-]fungus', 'athlete' + A + 's[\\s\\-]foot', '(?:cold|canker)[\\s\\-]sores?', 'bruis(?:es|ing)', 'sprains?', 'fractures?',
  'carpal[\\s\\-]tunnel', 'panic[\\s\\-]attacks?', 'celiac', '(?:gluten|lactose)[\\s\\-]intolerance', 'triglycerides', 'glucose', 'ldl', 'hba1c',
  'bph', 'gallbladder', 'sepsis', 'rsv', 'staph', 'mrsa', 'chicken[\\s\\-]?pox', 'mumps', 'rubella', 'polio', 'tetanus', 'whooping[\\s\\-]cough',
  'hpv', 'pertussis', 'alcoholism', 'spider[\\s\\-]veins', 'bed[\\s\\-]?sores?', 'dry[\\s\\-]eyes?', 'astigmatism', 'presbyopia', 'deafness',
  'chronic[\\s\\-]pain', 'epstein[\\s\\-]barr', 'mono', 'congestion', '(?:stuffy|runny)[\\s\\-]nose', 'sneezing', 'fevers?', 'chills', 'body[\\s\\-]aches', 'bad[\\s\\-]breath', 'dark[\\s\\-]circles', 'period[\\s\\-](?:pain|cramps)', 'nodules?', 'lumps?', 'night[\\s\\-]sweats', 'perimenopause', 'pms', 'impotence', 'cramping', 'heart[\\s\\-]palpitations', 'bronchitis',
  // Body parts and tissues a product claims to mend, and conditions in everyday words ("normalizes BP", "healed my myelin",
  // "melt double chins", "my skin cleared").
  'bp', 'myelin', 'bones?', 'bone[\\s\\-](?:loss|density)', 'muscles?', 'skin', 'double[\\s\\-]chins?', '(?:dark|age|liver)[\\s\\-]spots', 'stretch[\\s\\-]marks',
  'hay[\\s\\-]fever', 'emphysema', 'adrenal[\\s\\-]fatigue', 'libido', 'circulation', 'nervous[\\s\\-]system', 'sinuses', 'airways', 'ears?', 'feet',
  'ankles?', 'wrists?', 'elbows?', 'jaw', 'tmj', 'bowels?', 'intestines?', 'jaundice', 'bed[\\s\\-]?wetting', 'morning[\\s\\-]sickness', 'hangovers?',
  'hormonal[\\s\\-]imbalances?', 'dopamine', 'serotonin', 'veins', 'follicles', 'scalp', 'pores', 'acid[\\s\\-]reflux', 'high[\\s\\-]blood',
  'sugar[\\s\\-](?:levels|numbers|readings)', 'kidney[\\s\\-]function', 'liver[\\s\\-]function', 'lung[\\s\\-]function', 'sperm[\\s\\-]count',
  'ovaries', 'uterus', 'thyroid[\\s\\-]nodules?', 'psoriatic', 'rheumatism', 'tb', 'ulcerative', 'vitiligo', 'alopecia', 'hyperpigmentation',
  // Pregnancy and birth, sports injuries and pets' complaints: the conditions of doula, gym and pet-owner posts.
  'breech', 'pre[\\s\\-]?eclampsia', 'miscarriages?', 'labou?r[\\s\\-]pains?', '(?:milk|breast[\\s\\-]?milk)[\\s\\-]supply', 'tongue[\\s\\-]ties?', 'postpartum',
  'acl', 'mcl', 'hamstrings?', 'achilles', 'tennis[\\s\\-]elbow', 'shin[\\s\\-]splints', 'turf[\\s\\-]toe', 'labrum', 'pulled[\\s\\-]muscles?', 'torn[\\s\\-]\\p{L}{2,12}',
  'hip[\\s\\-]dysplasia', 'hot[\\s\\-]spots', 'kennel[\\s\\-]cough', 'heartworms?', 'mange', 'fleas', 'ticks', 'worms', 'parvo', 'distemper',
  // Diagnoses by their abbreviations and medical names, and organs in failure, that the lists above lack ("reversed my stage
  // 3b CKD", "healed my Barrett's esophagus", "reverses cervical dysplasia", "restores failing organs", "can't get heat stroke").
  'ckd', 'esrd', 'afib', 'a[\\s\\-]fib', 'atrial[\\s\\-]fibrillation', '(?:cervical[\\s\\-])?dysplasias?', '(?:benign[\\s\\-](?:prostatic[\\s\\-])?)?hyperplasias?', 'neoplasias?', 'barrett[\u2019\']?s(?:[\\s\\-]esophagus)?',
  // Conditions as English of South Asia and Africa names them ("heart blockage", "high pressure", "piles", "typhoid").
  'blockages?', '(?:high|low)[\\s\\-](?:bp|pressure)', 'piles', 'typhoid', 'dengue', 'hernias?', 'goit(?:er|re)s?', 'stunting', 'acidity',
  'hidradenitis(?:[\\s\\-]suppurativa)?', 'heat[\\s\\-]?stroke', '(?:failing|failed|damaged|dead)[\\s\\-](?:organs?|kidneys?|nerves?|cells|neurons)',
  'tics', 'tourette[\u2019\']?s', 'spinal[\\s\\-]cord(?:[\\s\\-]injur(?:y|ies))?', 'muscular[\\s\\-]dystrophy',
  'sickle[\\s\\-]cell(?:[\\s\\-](?:disease|anemia|anaemia))?', 'h(?:a)?emophilia', 'cystic[\\s\\-]fibrosis', 'down[\u2019\']?s?[\\s\\-]syndrome',
  // Common diagnoses by their everyday head word that the lists above lack (checked against a list of common conditions by
  // specialty, not against the corpus): "reverses aneurysms", "cures anorexia", "no more dry mouth".
  'aneurysms?', 'whiplash', 'palsy', 'sj[oö]gren' + A + 's?', 'hyperthyroidism', 'graves' + A + '?[\\s\\-]disease', 'anorexia', 'bulimia',
  'binge[\\s\\-]eating', 'chlamydia', 'gonorrh?o?ea', 'syphilis', 'bruxism', 'dry[\\s\\-]mouth', 'anaphylaxis',
  'vaginal[\\s\\-](?:dryness|atrophy)', 'osteopenia', 'yeast[\\s\\-]infections?', 'thrush',
  'tooth[\\s\\-]loss', 'gum[\\s\\-]recession', 'tartar', '(?:over|under|cross)bites?', 'malocclusion', 'tmd', 'dry[\\s\\-]socket', 'abscess(?:es|ed)?',
  'mood[\\s\\-]swings', 'pelvic[\\s\\-]floor', 'prolapse', '(?:bladder|urinary)[\\s\\-]leak(?:s|age)?', 'mast[\\s\\-]cells?', 'histamine', 'urticaria',
  'angioedema', 'sagging[\\s\\-]skin', 'fine[\\s\\-]lines', 'keloids?', 'floaters', 'lazy[\\s\\-]eye', 'amblyopia', 'strabismus', 'burnout', 'trauma',
  'phobias?', 'speech[\\s\\-]delays?', '(?:developmental|learning)[\\s\\-](?:delays?|disabilit(?:y|ies))', 'premature[\\s\\-]ejaculation',
  'peyronie' + A + 's?', 'leaky[\\s\\-]gut', 'sibo', 'h\\.?[\\s\\-]?pylori', 'gastroparesis', 'shortness[\\s\\-]of[\\s\\-]breath', 'wheez(?:e|ing)',
  'bronchiectasis', 'tremors?', 'dizziness', 'scabies', 'ringworm', 'c\\.?[\\s\\-]?diff', 'norovirus', 'ebola', 'cholera',
  'metastas[ie]s', 'proteinuria', 'jet[\\s\\-]lag', 'motion[\\s\\-]sickness', 'sunburns?', 'sleepwalking', 'narcolepsy', 'croup', 'pink[\\s\\-]eye', 'styes?',
  // singular and plural forms the lists name in one number only ("a wrinkle", "the artery", "relapses", "flare-ups")
  'wrinkle', 'artery', 'toxin', 'hemorrhoid', 'varicose[\\s\\-]vein', 'spider[\\s\\-]vein', 'relapses?', '(?:asthma|anxiety)[\\s\\-]attacks?',
  'flare(?:[\\s\\-]?ups?|s)?', 'parasite', 'kidney[\\s\\-]stone', 'gallstone', 'pimples?', 'breakouts?', 'ingrown[\\s\\-]toenails?', 'callus(?:es)?',
  'neuron', 'vein', 'cramp', 'ovary',
  'heart[\\s\\-]murmurs?', 'phlebitis', 'keratosis', 'blackheads', 'whiteheads', 'vaginosis', '(?:heel|bone)[\\s\\-]spurs?', 'rabies', 'chagas',
  'leishmaniasis', 'giardia', 'cradle[\\s\\-]cap', 'platelets', '(?:white|red)[\\s\\-]blood[\\s\\-]cells',
  // common conditions checked chapter by chapter against a list of lay names (ICD-10's chapters)
  'hammer[\\s\\-]?toes?', 'flat[\\s\\-]feet', 'corns', 'coeliac', 'eating[\\s\\-]disorders?', 'stds', 'stis', 'dvts?',
  'paraplegia', 'quadriplegia', 'tetraplegia', 'spasticity', 'gangrene', 'cellulitis', 'spina[\\s\\-]bifida', 'hydrocephalus',
  '(?:pressure|mouth|skin|leg|foot|open)[\\s\\-]sores',
];

/** Proven treatments and the people who give them (for stop/replace claims). */
export const TREATMENTS: readonly string[] = [
  'medications?', 'medicines?', 'meds', 'pills', 'prescriptions?', 'drugs', 'insulin', 'inhalers?', 'statins?', 'metformin',
  // Tablets, as British, Indian and African English say pills, and pills named by what they treat
  // ("my BP tablets", "zero heart meds", "her sugar tablets"); a single "tablet" may be a device.
  'tablets', '(?:blood[\\s\\-]pressure|bp|sugar|diabetes|diabetic|thyroid|heart|cholesterol|water|sleeping|pain|seizure|anxiety|fits?)[\\s\\-](?:tablets|pills|meds|medications?|medicines?|drugs)',
  'ozempic', 'wegovy', 'mounjaro', 'humira', 'antidepressants?', 'ssris?', 'blood[\\s\\-]thinners?', 'warfarin', 'chemo(?:therapy)?',
  'radiation', 'radiotherapy', 'surgery', 'surgeries', '(?:under[\\s\\-])?the[\\s\\-]knife', 'operations?', '(?:knee|hip|joint)[\\s\\-]replacements?', 'hysterectomy', 'dialysis',
  'antibiotics?', 'steroids?', 'steroid[\\s\\-]creams?', 'cpap', 'glasses', 'contacts', 'contact[\\s\\-]lenses', 'hearing[\\s\\-]aids?',
  'braces', 'root[\\s\\-]canals?', 'implants?', 'doctors?', 'oncologists?', 'dermatologists?', 'cardiologists?', 'specialists?',
  'psychiatrists?', 'therapists?', 'therap(?:y|ies)', 'physical[\\s\\-]therapy', 'allergy[\\s\\-]shots', 'epipens?', 'adderall',
  'ritalin', 'levothyroxine', 'synthroid', 'birth[\\s\\-]control', 'hrt', 'antihistamines?', 'painkillers?', 'pain[\\s\\-]meds',
  'opioids?', 'ibuprofen', 'tylenol', 'nsaids?', 'allopurinol', 'lisinopril', 'beta[\\s\\-]blockers?', 'biologics?', 'xanax',
  'zoloft', 'prozac', 'lexapro', 'ivf', 'transplant', 'pharmaceuticals?', 'the[\\s\\-]er', 'hospital', 'treatments?',
  'clinics?', 'gastros?', 'neurologists?', 'endocrinologists?', 'rheumatologists?', 'pediatricians?', 'vaccines?', 'shots?', 'jabs?',
  'dentists?', 'orthodontists?', 'surgeons?', 'drill(?:ing)?', 'needles?', 'nebuli[sz]ers?', 'bracing', 'minoxidil', 'finasteride',
  'rogaine', 'canes?', 'walkers?', 'wheelchairs?', 'reading[\\s\\-]glasses', '[a-z]{3,16}(?:ectomy|otomy|plasty|scopy)', 'injections?',
  'braces?', 'lithotripsy', 'infusions?', 'gabapentin', 'cpap[\\s\\-]machines?', 'boosters?', 'scripts?', 'ssri',
  '[a-z]{3,16}(?:statin|pril|olol|sartan|mab|pentin|prazole|cillin|mycin|formin|glutide|tide|zepam|oxetine|afil|pine|azole|amide|phenidate|tidine|triptan|gliptin|gliflozin|dronate|floxacin|cycline|methasone|nisone|lukast|zolam|triptyline|navir|ciclovir)s?',
  // procedures and visits a post cancels by their everyday names ("cancel your spinal fusion", "cancel that facelift",
  // "transfusions? Cancelled", "cancelling their back ops", "derm appointments? cancelled")
  'transfusions?', '(?:face|brow|neck|eye|breast|butt|thigh|arm)[\\s\\-]?lifts?', 'spinal[\\s\\-]fusions?', '(?:back|knee|hip|spine|spinal|heart|eye)[\\s\\-]ops?',
  'port[\\s\\-]placements?', '(?:derm|endo|rheum|neuro|cardio|ortho|onc|ob|gyn|obgyn|ent|gi|pain[\\s\\-]management)[\\s\\-](?:appointments?|appts?|consults?|visits?)',
  'bypass', 'stents?', 'pacemakers?', 'c[\\s\\-]?paps?', 'procedures?', 'mri', 'biopsy', 'mammograms?', 'fillings?', 'extractions?',
  // drug classes by their suffix (sumatriptan, prednisone, tenofovir) and the devices that monitor a disease
  '[a-z]{3,16}(?:triptan|sone|solone|vir)s?', 'ppis?', 'proton[\\s\\-]pump[\\s\\-]inhibitors?', 'antiretrovirals?', 'arvs', 'corticosteroids?', 'immunosuppressants?',
  'diuretics?', 'bronchodilators?', 'glucose[\\s\\-](?:meters?|monitors?)', 'glucometers?', 'cgms?', 'blood[\\s\\-]sugar[\\s\\-](?:meters?|monitors?)',
  // More generic-name stems of the USAN drug classes (montelukast, famotidine, alendronate, sitagliptin, apixaban, clopidogrel,
  // ciprofloxacin, doxycycline, furosemide, albuterol, budesonide, oxycodone, naloxone, levodopa, imatinib, ritonavir; tamsulosin,
  // solifenacin, tiotropium, finasteride, loratadine, pregabalin, latanoprost), the
  // word ending alone never a drug ("cholesterol" is why -terol is spelled out).
  '[a-z]{3,16}(?:lukast|tidine|dronate|gliptin|gliflozin|parin|xaban|idogrel|setron|tinib|oxacin|cycline|navir|semide|thiazide|buterol|meterol|moterol|sonide|codone|oxone|morphine|dopa|triptyline|azepam|profen|pramine|barbital|glitazone|clotide|osin|fenacin|tropium|asteride|tadine|gabalin|prost)s?',
  // the sulfonylureas, by name (their USAN stem "gli-" begins the word), and Linzess (linaclotide) by its brand
  'glipizide', 'glimepiride', 'glyburide', 'gliclazide', 'glibenclamide', 'linzess',
  // Brand names of the most prescribed US drugs and biologics (reference: the most-dispensed lists of US prescriptions),
  // named when a post stops or replaces them ("cancelled my Ocrevus", "ditch the Eliquis").
  'ocrevus', 'eliquis', 'xarelto', 'jardiance', 'farxiga', 'trulicity', 'januvia', 'janumet', 'rybelsus', 'victoza', 'saxenda', 'zepbound',
  'lantus', 'humalog', 'novolog', 'lipitor', 'crestor', 'zocor', 'plavix', 'coumadin', 'nexium', 'prilosec', 'pepcid', 'zantac',
  'wellbutrin', 'cymbalta', 'effexor', 'paxil', 'celexa', 'abilify', 'seroquel', 'lithium', 'lamictal', 'keppra', 'depakote',
  'topamax', 'imitrex', 'ambien', 'valium', 'klonopin', 'ativan', 'suboxone', 'methadone', 'oxycontin', 'vicodin', 'percocet', 'tramadol',
  'celebrex', 'advil', 'motrin', 'aleve', 'aspirin', 'benadryl', 'zyrtec', 'claritin', 'allegra', 'flonase', 'singulair', 'advair',
  'symbicort', 'ventolin', 'proair', 'dupixent', 'keytruda', 'opdivo', 'herceptin', 'tamoxifen', 'otezla', 'enbrel', 'stelara',
  'remicade', 'skyrizi', 'rinvoq', 'xeljanz', 'cosentyx', 'taltz', 'entyvio', 'methotrexate', 'plaquenil', 'hydroxychloroquine',
  'prednisone', 'medrol', 'accutane', 'isotretinoin', 'tretinoin', 'spironolactone', 'viagra', 'cialis', 'flomax', 'premarin',
  'clomid', 'letrozole', 'fosamax', 'prolia', 'aricept', 'namenda', 'leqembi', 'sinemet', 'copaxone', 'tecfidera', 'kesimpta',
  'gilenya', 'tysabri', 'tamiflu', 'paxlovid', 'valtrex', 'truvada', 'biktarvy', 'descovy', 'epinephrine', 'auvi[\\s\\-]?q',
  'albuterol', 'amlodipine', 'losartan', 'omeprazole', 'pantoprazole', 'sertraline', 'fluoxetine', 'escitalopram', 'bupropion',
  'naltrexone', 'buprenorphine', 'insulin[\\s\\-](?:pumps?|pens?|shots?)', 'eye[\\s\\-]drops', 'nasal[\\s\\-]sprays?', 'puffers?',
  // Care of birth, rehabilitation and animals, and the people who give it.
  'c[\\s\\-]?sections?', 'epidurals?', 'pitocin', 'inductions?', 'oxygen(?:[\\s\\-]tanks?)?', 'dentures', 'rehab', 'pt', 'cortisone',
  'vets?', 'veterinarians?', 'ob[\\s\\-]?gyns?', 'pcps?', 'gps?', 'primary[\\s\\-]care', 'urgent[\\s\\-]care', 'emergency[\\s\\-]room', 'ambulance',
  'flea[\\s\\-](?:meds|medicine|collars?|treatments?)', 'dewormers?',
  // Any specialist by the ending of the specialty ("urologist", "gastroenterologist", "podiatrist"),
  // and the stems of dementia drugs (donepezil, memantine) and the smoking-cessation drugs.
  '[a-z]{3,16}ologists?', '[a-z]{2,12}iatrists?', '[a-z]{2,16}(?:pezil|mantine)', 'chantix', 'varenicline', 'nicotine[\\s\\-](?:patch(?:es)?|gum)',
  'physio(?:therapy|therapists?)?', 'physios',
  // Hormone therapy and the patches of proven drugs ("throw out your estrogen patch", "ditch the hormones").
  '(?:estrogen|hormone|fentanyl|testosterone|lidocaine|birth[\\s\\-]control)[\\s\\-]patch(?:es)?', 'hormones', 'hormone[\\s\\-](?:therapy|replacement|pills?)', 'estrogen',
  // the drugs of psychiatry and sleep by class, and the checks and supplements of pregnancy
  'benzos?', 'benzodiazepines?', 'antipsychotics?', 'neuroleptics?', 'mood[\\s\\-]stabili[sz]ers?', 'anxiolytics?', 'sleeping[\\s\\-]pills',
  'ultrasounds?', 'prenatal[\\s\\-]vitamins', 'folic[\\s\\-]acid', 'trazodone', 'prazosin',
  // care by its short names and the help of addiction and mental health ("skip the sports doc", "didn't need the op",
  // "skip AA entirely", "no need for counselling", "no medical supervision needed")
  'docs?', 'the[\\s\\-]op', 'consults?', 'aa', '(?:12|twelve)[\\s\\-]steps?', 'counsell?ing', 'counsell?ors?',
  'medical[\\s\\-]supervision', 'the[\\s\\-]pill', 'iuds?', 'stims', 'ivf[\\s\\-](?:meds|drugs|cycles?)',
  // Drug classes by their prefix or their initials and more generic-name stems ("instead of antimalarial tablets", "ditch the ACE
  // inhibitor and the SGLT2", "ditch your tacrolimus", "she's off her clonidine").
  'anti(?!oxidant|aging|ageing|bacterial[\\s\\-]soap)[a-z]{4,16}(?:als?|ics?|ants?|ives?|ines?)(?:[\\s\\-](?:tablets|pills|meds|medications?|drugs))?', 'ace[\\s\\-]inhibitors?', 'arbs', 'sglt[\\s\\-]?2s?(?:[\\s\\-]inhibitors?)?',
  'glp[\\s\\-]?1s?', 'dmards?', 'ssnris?', 'maois?', '[a-z]{3,14}(?:imus|onidine|afaxine|apine|idone|dipine|gabalin|trigine|azepine|coxib|tinib|platin|taxel|rubicin|cept)s?',
  // The treatments of rare and blood diseases by their INN stems (nusinersen, tofersen, ivacaftor, deflazacort, riluzole,
  // deferasirox) and their brands ("she won't need Kaftrio anymore", "stop wasting money on hydroxyurea").
  '[a-z]{2,14}(?:rsen|caftor|cort|uzole|sirox|oxamine)', 'hydroxyurea', 'factor(?:[\\s\\-](?:viii|ix|8|9|infusions?|shots?|replacement))', 'venesections?',
  // A drip and a plaster cast, as they are named where a healer offers to do without them ("No need for drip!", "heals
  // fractures without plaster").
  '(?:iv[\\s\\-])?drips?', 'plaster(?:[\\s\\-]casts?)?', 'casts?',
  'spinraza', 'evrysdi', 'zolgensma', 'kaftrio', 'trikafta', 'hemlibra', 'exjade', 'desferal', 'emflaza', 'radicava', 'qalsody',
  // The everyday pain, bowel and sleep medicines of British, Irish, Australian and Indian English by their names and brands, and
  // more INN stems (diclofenac, zopiclone, tamoxifen): "chucked out his Voltaren", "bin the Movicol", "taper off the zopiclone".
  'paracetamol', 'codeine', 'co[\\s\\-]codamol', 'naproxen', 'panadol', 'nurofen', 'calpol', 'voltaren', 'movicol', 'gaviscon', 'piriton',
  'diamox', 'rimadyl', 'apoquel', 'flagyl', 'augmentin', 'amoxil', 'lyrica', 'neurontin', 'zofran', 'imodium', 'miralax', 'dulcolax',
  '(?:levo)?thyroxine', 'eltroxin', 'levo', '[a-z]{2,12}(?:fenac|piclone|oxifen)s?',
  // Care by its everyday name that the lists above lack (checked against a list of common treatments and specialists, not
  // against the corpus): "ditch the progesterone", "no more allergists", "skip the immunotherapy".
  'progesterone', 'testosterone[\\s\\-](?:shots?|injections?|gel|cream|therapy|pellets?)', 'immunotherapy', 'cbt', 'narcan', 'aligners', 'lasik',
  'pap[\\s\\-]smears?', 'bariatric[\\s\\-]surgery', 'gastric[\\s\\-](?:sleeves?|bypass|bands?)', 'antivirals?', 'periodontists?', 'allergists?',
  'urologists?', 'chiropractors?', 'zolpidem', 'vyvanse', 'concerta', 'estradiol', 'bisphosphonates', 'xolair', 'oral[\\s\\-]immunotherapy', 'oit',
  'allergy[\\s\\-](?:drops|meds|medicines?|tablets|pills)',
  // aids, devices and procedures from a list of common care by kind (mobility, orthopaedics, wounds, injections)
  'crutches', 'orthotics', 'orthoses', 'compression[\\s\\-](?:stockings|socks|garments|wraps|bandages)', 'prosthes[ie]s', 'prosthetics?',
  'splints?', 'skin[\\s\\-]grafts?', 'debridement', 'wound[\\s\\-]care', 'orthop(?:a)?edists?', 'baclofen', 'nerve[\\s\\-]blocks?',
];

/** Vaccines and their colloquial names. */
export const VACCINES: readonly string[] = [
  'vac+[ci]?[ie]nes?', 'vaxx?ines?', 'vaccines?', 'vaccinat(?:e|ed|es|ing|ions?)', 'vax(?:x?ed|es)?', 'immuni[sz]ations?', 'jabs?', 'jabbed', 'shots?',
  'boosters?', 'mmr', 'dtap', 'tdap', 'shingrix', 'gardasil', 'prevnar', 'flumist', 'fluzone', 'arexvy', 'abrysvo', 'rotateq', 'varivax',
];

/** Words before a trigger that put it in a negated scope. */
export const NEGATORS: readonly string[] = [
  'no', 'not', 'never', 'nor', 'cannot', "can't", 'cant', "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt',
  "aren't", 'arent', "wasn't", 'wasnt', "won't", 'wont', "wouldn't", 'wouldnt', "shouldn't", 'shouldnt', "couldn't", 'couldnt',
  "hasn't", 'hasnt', "haven't", 'havent', 'neither', 'nothing', 'nobody', 'none', 'nowhere', 'without', 'hardly', 'rarely',
  "ain't", 'aint', 'myth', 'myths', 'unproven', 'false', 'fake', 'beware', 'avoid', 'bogus', 'scam', 'scams', 'claim', 'claims',
  'claiming', 'claimed', 'promising', 'advertised', 'advertising', 'alleged', 'supposedly', 'pretend', 'skeptical', 'doubt',
];

/** Hedges and modality: the sentence does not promise. */
export const HEDGES: readonly string[] = [
  // 'could' hedges, except a bodily ability regained ('I could hear perfectly'), which reports a result
  'may', 'might', 'could(?![\\s\\u00a0]{1,3}(?:finally[\\s\\u00a0]{1,3}|actually[\\s\\u00a0]{1,3})?(?:hear|see|walk|breathe|sleep|move|run|bend|climb|stand|feel|swallow|focus|lift|drive|dance|smell|taste|read|think)(?![\\p{L}]))', 'can help', 'some', `many(?!${S}(?:cancers|tumou?rs|diseases|illnesses|ailments)(?![\\p{L}]))`, `most(?!${S}(?:cancers|tumou?rs|diseases|illnesses|ailments)(?![\\p{L}]))`, 'often', 'usually', 'sometimes', 'likely', 'possible', 'possibly',
  'typically', 'generally', 'in some', 'for some', 'individual results', 'results vary', 'results may vary', 'evidence', 'studies',
  'research', 'researchers', 'researching', 'trial', 'trials', 'talk to', 'ask your', `consult(?=${S}(?:your|a|an|with|the|our|their|his|her|my)(?![\\p{L}]))`, 'limited', 'mixed', 'modest', 'modestly', 'average', `(?<!(?:hundred|100)${S})percent`, 'almost', 'nearly', 'temporary', 'temporarily', 'mostly', 'partly', 'partially', 'largely', 'for now',
  // A wish or a prayer for the outcome is modality too: "praying for complete healing", "hoping for a miracle".
  `(?:pray(?:ing|ed)?|prayers?|hop(?:e|es|ing)|believing|wishing|asking${S}god)${S}(?:for|that)${S}(?:(?:a|an|her|his|their|my|our|your|complete|total|full|quick|speedy|fast|the|god|he|she|they|it|will)${S}){0,3}(?:heal\\p{L}{0,3}|miracles?|recover\\p{L}{0,3}|cur(?:e|es|ed)|remission|be${S}(?:ok|okay|fine|healed|cured|well)|gets?${S}(?:better|well)|beat)`,
];

/** Quantifiers of the red-flag families (used as features and in rules). */
export const PERMANENCE = ['forever', 'for good', 'permanent(?:ly)?', 'never (?:again|come back|came back|comes back|return(?:s|ed)?)', 'for life', 'once and for all', 'lifetime'];
export const UNIVERSAL = ['every', 'everyone', 'everybody', 'all', '100%', '100 percent', 'always', 'any', 'anyone', 'guaranteed'];
export const SPEED = ['overnight', 'instant(?:ly)?', 'immediately', 'in (?:one|1|a single) (?:session|visit|treatment|dose)', 'right away'];

/** Organs a remedy is said to make new again (reversal.likenew: "arteries clean as a whistle", "kidneys working like new"). */
const LIKE_NEW_ORGANS = 'arteries|joints?|knees?|lungs?|liver|kidneys?|gut|skin|teeth|eyes|heart|cartilage|hips?|spine|brain|veins|pancreas|thyroid|colon|ovaries|nerves|bladder|prostate';

/** Care refused in words: "I said no thanks", "we said nope", "I told him no" (repl.saidNo). */
const REFUSED = `(?:i|we|she|he|they|mum|mom|dad)${S}(?:said|told${S}(?:him|her|them|(?:the|my|our)${S}doc(?:tor)?))${S}(?:no|nope|nah|no${S}thanks|no${S}way|hell${S}no)`;
/** One unit of a treatment, for "in a single infusion", "after one adjustment", "one bag and…". */
const UNIT = `(?:session|visit|treatment|dose|appointment|sitting|shot|drip|bag|infusion|adjustment|spray|injection|application|round|capsule|pill|tablet|gummy|sip|drop|use|cup|glass|patch|wrap)`;
/** People a universal claim counts over ("every athlete", "on any man"). */
const PERSON = `(?:patient|customer|client|person|user|woman|man|child|kid|baby|athlete|player|runner|senior|adult|sufferer|participant|member|body|dog|cat|pet)`;
/**
 * Chronic conditions medicine can treat but not cure: "PCOS is 100% curable" is a cure claim, where "hepatitis C is curable"
 * is public-health information (cure.chronic).
 */
export const CHRONIC: readonly string[] = [
  'diabetes', 'type[\\s\\-]?[12](?:[\\s\\-]diabetes)?', 'pcos', 'autism', 'adhd', 'parkinson' + A + 's?', 'alzheimer' + A + 's?', 'dementia', 'lupus',
  'ms', 'multiple[\\s\\-]sclerosis', 'als', 'fibromyalgia', 'hypertension', 'high[\\s\\-]blood[\\s\\-]pressure', 'celiac(?:[\\s\\-]disease)?',
  'psoriasis', 'vitiligo', 'eczema', 'crohn' + A + 's?', 'ulcerative[\\s\\-]colitis', 'hashimoto' + A + 's?', 'hypothyroidism', 'epilepsy',
  '(?:chronic[\\s\\-])?kidney[\\s\\-]disease', 'ckd', 'cirrhosis', 'hepatitis[\\s\\-]b', 'herpes', 'hiv', 'aids', 'copd', 'asthma', 'migraines?',
  'glaucoma', 'macular[\\s\\-]degeneration', 'down[\\s\\-]syndrome', 'cerebral[\\s\\-]palsy', 'schizophrenia', 'bipolar(?:[\\s\\-]disorder)?',
  'tinnitus', 'endometriosis', 'sickle[\\s\\-]cell(?:[\\s\\-](?:disease|anemia))?', 'hemophilia', 'cystic[\\s\\-]fibrosis',
  'muscular[\\s\\-]dystrophy', 'sma', 'chronic[\\s\\-]fatigue(?:[\\s\\-]syndrome)?', 'long[\\s\\-]covid', '(?:rheumatoid[\\s\\-]|osteo)?arthritis',
  'neuropathy', 'hs', 'hidradenitis(?:[\\s\\-]suppurativa)?', 'rosacea',
];

const H = alt(HEALTH_OBJECTS);
const T = alt(TREATMENTS);
const CHR = alt(CHRONIC);
const V = alt(VACCINES);
/**
 * Proven care by name: procedures, devices and drug classes whose effect is established, as the
 * subject of a patient's story ("the antibiotics cleared my pneumonia", "the tonsillectomy ended his
 * strep infections"). Generic words a product uses of itself (treatment, therapy, pills) are not in it.
 */
const PROVEN_CARE = `(?:chemo(?:therapy)?|radiation|radiotherapy|surgery|physical${S}therapy|physiotherapy|pt|rehab|embolization|transplant|antibiotics?|antivirals?|immunotherapy|dialysis|insulin|statins?|levothyroxine|synthroid|biologics?|inhalers?|steroid${S}(?:cream|shot|injection)s?|cortisone(?:${S}(?:shot|injection)s?)?|(?:iron${S})?infusions?|stents?|bypass|pacemakers?|c${S0}pap(?:${S}machine)?|hearing${S}aids?|cochlear${S}implants?|lasik(?:${S}surgery)?|root${S}canal|(?:hernia|valve|acl|meniscus|rotator${S}cuff)${S}(?:repair|surgery)|(?:knee|hip|joint|shoulder|valve|lens)${S}replacement|cataract${S}surgery|[a-z]{3,16}(?:ectomy|otomy|plasty))`;
const num = `(?:\\d{1,3}(?:[.,]\\d)?|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty)`;

const VERB = (stem: string): string => `${stem}(?:s|es|ed|d|ing)?`;
/** Verbs that act on an illness or a body part ("regrows nerves", "dissolves cysts", "cleans out your arteries"). */
const REPAIR_VERBS = ['regrow', 'regrew', 'regrown', 'rebuild', 'rebuilt', 'restore', 'repair', 'regenerate', 'renew', 'reset', 'rewire', 'reverse', 'undo', 'undid', 'unclog', 'unblock', 'remineralize', 'remineralise', 'rejuvenate', 'shrink', 'shrank', 'shrunk', 'bring'];
const DESTROY_VERBS = ['destroy', 'kill', 'eliminate', 'erase', 'dissolve', 'melt', 'zap', 'wipe', 'clear', 'clean', 'flush', 'draw', 'drew', 'drawn', 'pull', 'detox', 'neutrali[sz]e', 'end', 'fix', 'heal', 'treat', 'banish', 'beat', 'prevent', 'stop'];

/**
 * Rules that count only in a text another rule already flags (ClaimPack.flaggedTextRules): the
 * weaker forms of the families, an action with its object but without the quantifier or the
 * certainty the rules above need. "reverse osteoporosis", "skip the gastroenterologist", "every
 * bald spot" are red flags next to a cure claim and ordinary words in a clinic's page alone.
 */
const FLAGGED_TEXT_RULES: ClaimRule[] = [
  { id: 'flagged.repair', kind: 'disease-reversal', pattern: `(?:${alt(REPAIR_VERBS.map(VERB))})(?:${S}(?:out|back|up|away))?(?![\\p{L}])`, needs: 'health' },
  { id: 'flagged.destroy', kind: 'cure', pattern: `(?:${alt(DESTROY_VERBS.map(VERB))})(?:${S}(?:out|away|off|up))?(?![\\p{L}])`, needs: 'health' },
  // The illness that leaves: "tumors dissolve", "symptoms are going away", "cancer can't survive in an alkaline body".
  {
    id: 'flagged.leaves',
    kind: 'cure',
    pattern: `(?:dissolve[sd]?|disappear(?:s|ed)?|vanish(?:es|ed)?|melt(?:s|ed)?${S}away|(?:is|are|was|were)${S}going${S}away|went${S}away|(?:is|are)${S}gone|(?:can${A}t|cannot|can${S}not)${S}(?:survive|live|grow)|leave${S}(?:their|your|his|her|the)${S}bod(?:y|ies))(?![\\p{L}])`,
    needs: 'health-before',
  },
  // Care left behind: "skip the gastroenterologist", "no longer need dialysis", "returning their CPAP machines".
  {
    id: 'flagged.replace',
    kind: 'treatment-replacement',
    pattern: `(?:${alt(['stop', 'quit', 'skip', 'ditch', 'drop', 'toss', 'dump', 'return', 'cancel', 'refuse', 'replace', 'swap', 'trade', 'leave', 'waste'].map(VERB))}|threw|throw|thrown|left|done${S}with|off${S}(?:of${S})?|instead${S}of|no${S}longer${S}(?:need|needs|needed|take|takes|use|uses)|(?:don${A}t|doesn${A}t|didn${A}t|won${A}t|never|not)${S}(?:even${S})?(?:need|needs|needed|carry|carries|take|takes|use|uses)|said${S}no(?:${S}thanks?)?${S}to|no${S}thanks?${S}(?:to|on)|(?:get|got|getting|come|came|coming)${S}(?:\\p{L}{1,12}${S})?off|eliminates?${S}the${S}need${S}for|without(?:${S}(?:a|any)${S}single)?|better${S}than|stronger${S}than|(?:wanted|recommended|pushed|suggested)${S}(?:a${S})?)(?![\\p{L}])`,
    needs: 'treatment',
  },
  // Care refused in a list of what a product spares you: "No pills. No shots. No surgery.", "no MAT, no methadone", "no lifelong meds"
  // (not how it is sold or given: "no prescription needed", "no needles").
  {
    id: 'flagged.noCare',
    kind: 'treatment-replacement',
    pattern: `(?:no|zero|say${S}no${S}to)${S}(?:(?:more|lifelong|daily|further|risky|toxic|harsh|expensive|invasive|painful|big|pharma|prescription)${S})?(?!(?:prescriptions?|scripts?|needles?)(?![\\p{L}]))(?:${T})(?![\\p{L}])`,
  },
  {
    id: 'flagged.notNeeded',
    kind: 'treatment-replacement',
    pattern: `(?:needed|required|necessary|behind|in${S}the${S}(?:trash|bin|garbage)|we${A}re${S}skipping${S}it|i${S}said${S}no(?:${S}thanks?)?|and${S}ain${A}t${S}looked${S}back)(?![\\p{L}])`,
    needs: 'treatment-before',
  },
  // Every case: "any bald spot", "every single listener who stuck with it", "100% works", "97% success rate".
  { id: 'flagged.any', kind: 'universal-efficacy', pattern: `(?:any|every|all|each)(?:${S}(?:single|kind${S}of|type${S}of|form${S}of))?(?![\\p{L}])`, needs: 'health' },
  {
    id: 'flagged.allPeople',
    kind: 'universal-efficacy',
    pattern: `(?:every${S}(?:single${S})?(?:${PERSON}|listener|viewer|reader|face|one${S}of${S}(?:them|our|my))s?|(?:${HUNDRED}|\\d{2}(?:\\.\\d)?${S0}%|ninety${S}[\\p{L}]{3,6}${S}percent)${S}(?:works|effective|accurate|success(?:${S}rate)?|of${S}(?:users|patients|customers|clients|people))|never${S}(?:had${S}a${S}(?:${PERSON})${S}it${S}didn${A}t|failed)|never${S}(?:had|seen|met)${S}(?:a|one|an?${S}single)${S}(?:${PERSON})${S}(?:who|that)${S}(?:didn${A}t|did${S}not|hasn${A}t|has${S}not|wasn${A}t)${S}(?:improve|get${S}better|respond|see${S}results|benefit|heal|recover)|works?${S}(?:on|for)${S}(?:(?:absolutely|literally|basically|just${S}about|pretty${S}much)${S})?(?:everybody|everyone|anybody|anyone|all))(?![\\p{L}])`,
  },
  // No risk: "zero addiction risk", "not one adverse event", "never been a single complication", "all safe", "suitable for everyone".
  {
    id: 'flagged.safe',
    kind: 'zero-risk',
    pattern: `(?:(?:zero|no|0|not${S}(?:a${S}single|one)|never${S}(?:been${S})?(?:had${S})?a${S}single|never${S}(?:an?|one))${S}(?:[\\p{L}]{3,12}${S})?(?:risks?|complications?|adverse${S}(?:events?|reactions?)|side${S}effects|sides|discomfort|pain|downtime|reactions?|harm|sickness|withdrawals?)|all${S}safe|(?:safe|suitable|fine|ok|okay)${S}for${S}(?:everyone|everybody|anyone|all|kids|babies|pregnant\\p{L}*)|can${A}t${S}hurt${S}(?:you|anyone|anybody))(?![\\p{L}])`,
  },
  // Doctors hide it: "the CDC knows it", "your cardiologist still won't admit it", "the AMA shut down", "your doctor will be furious".
  {
    id: 'flagged.hidden',
    kind: 'suppressed-knowledge',
    pattern: `(?:(?:the${S})?(?:doctors?|docs?|physicians?|(?:cardi|onc|dermat|neur|endocrin|rheumat|gastroenter|ur|gynec|ophthalm|immun|nephr|pulmon|hemat)ologists?|fda|cdc|ama|ada|who|nih|big${S}pharma|pharma|drug${S}companies|hospitals|the${S}industry|mainstream${S}medicine)${S}(?:(?:still|really|simply|just)${S})?(?:won${A}t${S}admit|refuse${S}to|will${S}be${S}furious|(?:don${A}t|doesn${A}t)${S}want${S}[\\p{L}]{2,10}${S}to${S}know|knows?${S}(?:it|this)|(?:shut|shuts)${S}(?:it${S})?down|(?:blocks?|blocked|buries|buried|hides?|hid|ignores?|ignored|pulled|suppress(?:es|ed)?|keeps?${S}from|kept${S}from|were${S}never${S}taught|was${S}never${S}taught))|it${A}s${S}all${S}a${S}scam|quietly${S}pulled)(?![\\p{L}])`,
  },
  {
    id: 'flagged.untold',
    kind: 'suppressed-knowledge',
    pattern: `(?:something|what|the${S}secret)${S}(?:your|their|most|the)${S}(?:doctors?|docs?|physicians?|pharmacists?|nurses?|(?:cardi|onc|dermat|neur|endocrin|rheumat|gastroenter|ur|gynec|ophthalm|immun|nephr|pulmon|hemat)ologists?)${S}(?:was${S}never${S}taught|were${S}never${S}taught|keeps?${S}from${S}you|won${A}t${S}tell(?:${S}you)?)(?![\\p{L}])`,
  },
  // One act, the whole result: "one infusion", "the next morning", "in days", "by night three".
  {
    id: 'flagged.once',
    kind: 'instant-results',
    pattern: `(?:(?:one|1|a${S}single)${S}(?:[\\p{L}\\p{N}\\-]{2,12}${S})?${UNIT}s?|(?:by|the)${S}(?:very${S})?next${S}(?:morning|day)|wake${S}up${S}(?:with|to)|the${S}moment${S}(?:you|your)|one${S0}and${S0}done|(?:in|within)${S}(?:(?:like|just|only)${S})?(?:days|hours|minutes|a${S}day|one${S}night|a${S}week|\\d{1,2}${S}days)|by${S}night${S}(?:one|two|three|four|five|\\d)|tonight|same${S}night)(?![\\p{L}])`,
  },
  // For good, in a text that already makes a claim: "zero relapse", "no relapses", "no recurrence".
  { id: 'flagged.noRelapse', kind: 'permanence', pattern: `(?:no|zero|0|never${S}(?:a|one))${S}(?:relapses?|recurrences?|flare${S0}ups?)(?![\\p{L}])` },
  // Vaccines replaced: "better than the shot", "same protection, none of the junk", "no thank you on the MMR".
  {
    id: 'flagged.vaccine',
    kind: 'vaccine-alternative',
    pattern: `(?:better${S}than|instead${S}of|in${S}place${S}of|replaces?|replaced|same${S}protection|no${S}thank${S}you${S}(?:on|to)|skip|skipping|skipped|even${S}your${S}kids${A}?${A}|natural)(?![\\p{L}])`,
    needs: 'vaccine',
  },
];

export const en: ClaimPack = {
  language: 'en',
  healthObject: H,
  quantityNegators: ['many', 'most', 'lots', 'plenty', 'countless', 'dozens', 'hundreds', 'thousands'],
  treatment: T,
  vaccine: V,
  flaggedTextRules: FLAGGED_TEXT_RULES,
  clauseWords: ['and', 'but', 'because', 'so', 'while', 'then', 'plus', 'or'],
  namedPhrases: [
    '21st century cures act', 'cures act', 'race for the cure', 'komen race for the cure', "children's miracle network",
    // Medigap's terms: an insurer's duty to sell a policy, not a promise of health
    'guaranteed issue', 'guaranteed issue rights', 'guaranteed renewable', 'guaranteed acceptance', 'miracle treat day',
    'miracle league', 'miracle-gro', 'miracle gro', 'miracle whip', "cure alzheimer's fund", 'curesearch', 'cure sma',
  ],
  negators: NEGATORS,
  hedges: HEDGES,
  conditionals: ['if'],
  notNegations: [
    'nothing short', 'nothing less', 'nothing but', 'no doubt', 'no question', 'no questions', 'no wonder', 'no denying', 'not only', 'not just',
    'without doubt', 'without a doubt', 'no longer have', "can't believe", 'cannot believe', "couldn't believe", "don't miss",
    // the suppression frame: what "they" will never tell you is asserted, not denied
    'never tell', "won't tell", "don't tell", "doesn't tell", "don't want", "doesn't want", 'never want', "won't want", 'not allowed',
    // an offer taken up, not a claim reported (the REFUTES words of features.ts skip these too)
    'claim your', 'claim yours', 'claim my', 'claim now', 'claim free', 'claim today',
  ],
  disclaimer:
    `not${S}(?:been${S})?(?:intended|meant)${S}to${S}(?:diagnose|treat|cure|prevent)|(?:statements|claims)${S}(?:have${S}not|haven${A}t)${S}been${S}evaluated|not${S}evaluated${S}by${S}the${S}(?:fda|food)|(?:side${S0}effects|symptoms|warning${S}signs|signs|complications|risks)(?:${S}of${S}(?:${W}){0,2}?[\\p{L}\\p{N}'\\-]{1,20})?${S}(?:(?:may|can|often|usually|commonly)${S})?(?:include|such${S}as)(?![\\p{L}])`,
  answeredNo: `^[\\s"'\\u201c\\u201d]*(?:[\\p{L} .]{1,24}:[\\s"'\\u201c\\u201d]*)?(?:(?:that|it|this)${S}(?:just|only|simply|merely)${S}means|no|nope|not\\b|not${S}really|sadly${S}no|short${S}answer:?${S}no|the${S}answer${S}is${S}no|unfortunately${S}no|unlikely|hardly|not${S}quite|false|wrong|myth|nah|not${S}even${S}close|absolutely${S}not|of${S}course${S}not)\\b`,
  polarQuestion: `^[\\s"'\\u201c\\u201d]*(?:[\\p{L} .]{1,24}:[\\s"'\\u201c]*)?(?:(?:so|but|and|ok|okay|honestly|seriously|wait)${S0},?${S})?(?:does|do|did|can|could|will|would|is|are|was|were|should|has|have|might|may)${S}(?!you${S}(?:know|hear|heard|want|wish|ever${S}wish|believe|need|struggle|suffer)|anyone|anybody|it${S}(?:feel|seem)|your${S}(?:child|kid|family|doctor)${S}(?:suffer|struggle))`,
  answeredYes: `^[\\s"'\\u201c\\u201d]*(?:[\\p{L} .]{1,24}:[\\s"'\\u201c]*)?(?:yes|yep|yup|yeah|absolutely|of${S}course|definitely|sure|totally|${HUNDRED}|it${S}(?:does|can|will)|they${S}(?:do|can|will)|you${S}bet|(?:${W}){1,3}?(?:say|says|said|agree|agrees|swear|swears)${S0}:?${S}(?:yes|it${S}(?:does|can|works)))(?![\\p{L}])`,
  clauseNegation: `^[\\s"'\\u201c]*(?:please${S})?(?:never|don${A}t|do${S}not)${S}(?:tell|say|claim|promise|suggest|imply|advertise|write|post)(?:${S}[^\\s]{1,20}){0,10}?${S}(?:that${S})?(?:[^\\s]{1,20}${S}){0,4}${S0}$|(?:^|[^\\p{L}])(?:there${S}(?:is|are|was|were)${S}no|there${A}s${S}no|there${S}(?:isn${A}t|aren${A}t|wasn${A}t|weren${A}t|is${S}not|are${S}not)|no${S}such|no${S}(?:pill|product|supplement|treatment|drug|diet|device|food|tea|oil|remedy|herb|cream|study|evidence|program))(?!${S}(?:need|doubt|question|denying|reason|better|other|excuse|wonder|more|longer))(?:${S}[^\\s]{1,20}){0,8}?${S}(?:that|which|who|to|can|could|will|would|does|do)(?:${S}[^\\s]{1,20}){0,4}${S0}$|(?:^|[^\\p{L}])(?:i|we)${S}(?:really${S}|seriously${S}|highly${S}|strongly${S})?doubt(?:${S}[^\\s]{1,20}){0,8}${S0}$|(?:^|[^\\p{L}])(?:won${A}t|will${S}not|can${A}t|cannot|never)${S}find${S}(?:a|an|any|one)(?:${S}[^\\s]{1,20}){0,8}?${S}(?:that|which|who|to|can|could|will|would|does|do)(?:${S}[^\\s]{1,20}){0,4}${S0}$|(?:^|[^\\p{L}])(?:i|we)(?:${A}(?:m|re|ll|d))?${S}(?:(?:will|would|are|am|do|can)${S})?(?:not|never|won${A}t|don${A}t|can${A}t|cannot)${S}(?:going${S}to${S}|gonna${S}|ever${S})?(?:tell${S}you|say|claim|promise|pretend|call${S}(?:it|this))(?:${S}[^\\s]{1,20}){0,5}${S0}$|(?:^|[^\\p{L}])(?:not|never)${S}(?:gonna|going${S}to)${S}(?:tell${S}you|say|claim|promise|pretend|call${S}(?:it|this))(?:${S}[^\\s]{1,20}){0,5}${S0}$|(?:^|[^\\p{L}])(?:no|nobody${S}can|no${S}one${S}can|can${A}t|cannot|won${A}t|couldn${A}t)${S}(?:a${S}|any${S})?(?:guarantees?|promises?)(?:${S}[^\\s]{1,20}){0,6}${S0}$`,
  flaggedTextPhrases: {
    'instant-results': `(?:from${S}(?:night|day|week|dose|session)${S}one|in${S}(?:one|a${S}single)${S}(?:lunch${S}hour|afternoon|evening|morning|sitting)|same${S}day|overnight|instantly|immediately|(?:in|within|after|by)${S}(?:(?:just|only)${S})?(?:\\d{1,3}|one|two|three|four|five|six|seven|ten|a|an)${S}(?:minutes?|hours?|days?|weeks?|sessions?|nights?|doses?|treatments?|visits?)|(?:from|after)${S}(?:the|your)${S}(?:very${S})?first${S}[\\p{L}]{2,15}|(?:one|a)${S}single${S}(?:session|dose|treatment|visit|use))(?![\\p{L}])`,
    miracle: `(?:miracles?|miraculous(?:ly)?|magic(?:al)?)(?![\\p{L}])`,
    cure: `(?:cures?|cured|heals?|healed|disappear(?:s|ed)?|remission|eradicat[\\p{L}]{1,5})(?![\\p{L}])`,
    permanence: `(?:for${S}good|forever|for${S}life|never${S}again|permanent(?:ly)?|once${S}and${S}for${S}all)(?![\\p{L}])`,
    'zero-risk': `(?:no${S}side${S}effects|risk${S0}free|zero${S}risk|100%${S0}safe|(?:completely|totally)${S}safe|no${S}risks?|side${S}effects${S0}:?${S0}none|zero${S}chance${S}of|(?:the${S})?safest${S}(?:[\\p{L}]{2,15}${S}){0,2}in${S}the${S}world|safe${S}(?:alongside|with)${S}(?:any|all|every)${S}[\\p{L}]{3,15})(?![\\p{L}])`,
    'treatment-replacement': `(?:no${S}longer${S}(?:needs?|takes?|uses?)|(?:stop|quit|ditch|toss|drop)${S}(?:(?:taking|using)${S})?(?:your|their|his|her|the|my)${S}[\\p{L}]{3,20}|throw${S}away${S}(?:your|their|his|her|the|my|them)${S}[\\p{L}]{3,20}|instead${S}of${S}(?:surgery|drugs|medications?|pills|chemo)|no${S}more${S}(?:pills|meds|insulin|inhalers?|surgery|injections|shots)` +
      // care left behind in other words: "my doctor can keep his pills", "why suffer through chemo", "medication-free",
      // "I wouldn't need my next IVF round", "no meetings needed", "bin the machine", "I'd take this over a cardiologist"
      `|can${S}keep${S}(?:his|her|their|your|the)${S}[\\p{L}]{3,20}|why${S}(?:pay|suffer|medicate|bother)|(?:medication|medicine|med)s?${S0}free|(?:won${A}t|wouldn${A}t|will${S}not|don${A}t|didn${A}t|never)${S}(?:even${S})?need(?:ed)?${S}(?:my|your|his|her|their|the|that|another)${S}(?:next${S})?[\\p{L}]{2,20}|no${S}(?:(?:${T})|meetings|rehab)${S}(?:needed|required)|bin${S}(?:the|your|those)|(?:take|choose|pick)${S}(?:this|it|these)${S}over${S}(?:a|an|the|any)${S}[\\p{L}]{3,20})(?![\\p{L}])`,
    guarantee: `(?:guarantee[ds]?|money${S0}back)(?![\\p{L}])`,
    // A red flag's weaker wording, which only a flagged text makes one: "It doesn't fail", "Every. Single. Time.",
    // "a perfect record with combat vets", "results like this are normal here".
    'universal-efficacy': `(?:(?:doesn${A}t|does${S}not|won${A}t|will${S}not|can${A}t|never)${S}fail|every\\.?${S}single\\.?${S}time|bulletproof|perfect${S}(?:track${S})?(?:record|success${S}rate)|(?:everyone|everybody)${S}(?:i|we)${A}(?:ve|${S}have)?${S}(?:told|recommended|sent|treated)|results${S}like${S}(?:this|these|that)${S}are${S}(?:normal|typical|standard|the${S}norm))(?![\\p{L}])`,
    'disease-reversal': `(?:(?:back|came${S}(?:back|down))${S}to${S}normal|(?:blocks|blockages?|plaque)${S}(?:(?:are|is|were|was)${S})?(?:all${S})?(?:gone|removed|cleared|opened|dissolved)|showed${S}nothing|(?:come|came|comes)${S}back${S}(?:like${S})?new|regr(?:ew|ow|ows|own|owing))(?![\\p{L}])`,
    'suppressed-knowledge': `(?:(?:don[’']?t|doesn[’']?t|won[’']?t|never)${S}(?:want${S}you${S}to${S}know|tell${S}you)|they${S}hide|hidden${S}from${S}you|suppressed|big${S}pharma` +
      // what the care you know keeps from you: "what your paediatrician doesn't know", "the test your doctor won't order"
      `|(?:your|my|his|her|their|the)${S}(?:doctors?|docs?|gps?|physicians?|p(?:a)?ediatricians?|dentists?|pharmacists?|endos?|vets?|surgeons?|nurses?|[\\p{L}]{3,14}ologists?)${S}(?:(?:doesn${A}t|don${A}t|won${A}t|will${S}not|never|hasn${A}t|haven${A}t|didn${A}t|can${A}t)${S}(?:(?:even|ever|want${S}to)${S})?(?:know|tell|mention|test|order|say|talk|heard|admit|share|explain)|forgot${S}on${S}purpose)` +
      // who profits from the illness: "the hospitals make money from hips", "pharma makes billions off"
      `|(?:pharma|drug${S}compan(?:y|ies)|hospitals?|doctors|the${S}industry)${S}(?:make|makes|made|earn|earns)${S}(?:money|billions|millions|a${S}fortune)${S}(?:from|off|on))(?![\\p{L}])`,
  },
  dismissedTreatment: `(?:${T})${S}(?:is|are)${S}(?:(?:all|just|nothing${S}but)${S})?(?:a${S}|one${S}big${S})?(?:scams?|fraud|hoax|racket|con)(?![\\p{L}])`,
  refutedAfter: `^${S0}(?:(?!(?:and|but|yet|or|it|that|which|who)${S})[\\p{L}'\\-]{1,20}${S}){0,4}?(?:(?:do|does|did|is|are|was|were)(?:${S}not|n${A}t)|(?:don|doesn|didn|isn|aren|wasn|weren)${A}t|dont|doesnt|isnt|arent)${S}(?:really${S}|actually${S}|even${S})?(?:exist|work|happen|real|true|possible|realistic|a${S}thing)(?![\\p{L}])`,
  warning: `(?:^|[^\\p{L}])(?:(?:can|could|may|might|will|would)${S}(?:raise|increase|cause|lead${S}to|trigger|worsen|make${S}(?:it|things|you)${S}worse|put${S}you|be${S}(?:dangerous|risky|fatal))|(?:is|are|be|was)${S}(?:dangerous|risky|unsafe|harmful|life${S0}threatening|a${S}bad${S}idea)|raises?${S}(?:your${S})?risk|risk${S}of${S}(?:a${S})?(?:heart|stroke|relapse|rebound|seizures?|complications?|death)|on${S}your${S}own|without${S}(?:talking|speaking|checking|asking|your${S}doctor)|rebound|ended${S}up${S}in${S}(?:the${S})?(?:icu|er|hospital|emergency)|(?:nearly|almost)${S}died|landed${S}(?:him|her|them|me|us|(?:my|his|her|our|their)${S}[\\p{L}]{2,20})${S}in)`,
  referral: `(?:^|[^\\p{L}])(?:see|visit|ask|let|consult|call|check${S}with|talk${S}(?:to|with)|speak${S}(?:to|with)|get${S}(?:checked|seen|examined)${S}by|refer(?:red|s)?${S}(?:you${S})?to|book${S}(?:in${S})?with)${S}(?:a|an|your|the|our)${S}(?:[\\p{L}\\-]{1,20}${S})?$`,
  // A new subject after "and"/"then" ends a negation's scope: "I didn't diet and my weight dropped overnight".
  // "…has never failed and patients feel instant relief": a new subject after "and" ends the negation's scope.
  scopeBreak: `${S}(?:and|then)${S}(?:then${S}|now${S})?(?:i|we|you|my|our|your|she|he|they|his|her|their|everyone|everybody|patients|clients|customers|users|people|members|guests|families|folks)${S}`,
  nounNegators: ['without', 'no', 'zero'],
  // The noun phrase of "without"/"no" (one or two words) closed by a preposition: "without them after one visit", "no pain within minutes".
  // Proven care credited for the recovery: "shrinking after 6 weeks of radiation", "thanks to the surgery", "because of my oncologist".
  // Not after "even" or "despite": "reverses infertility even after a vasectomy" concedes the care, it does not credit it.
  // Nor care named as what is no longer needed: "with this machine you won't need chemo".
  severalWords: 'and|or|all|every\\p{L}*|any\\p{L}*|whatever',
  creditedCare: `(?:^|[^\\p{L}])(?<!(?:even|despite)${S})(?:after|(?<!(?:appointment|appointments|appt|consult|consultation|visit|session|time|money)${S})with|since|thanks${S}to|(?<!(?:stopped|stopping|quit|quitting|skipped|refused|refusing|longer|not|never)${S})(?:doing|getting|finished|finishing|completed)|because${S}of|following|under|(?:supervised|guided|monitored|approved|instructed|directed|advised|ordered)${S}by|all${S}(?:thanks${S}to|because${S}of))${S}(?:(?!(?:stopping|quitting|ditching|skipping|refusing|dropping|cancell?ing|cancell?ed|cancel|stopped|ditched|skipped|refused|dropped|no|without|instead|avoiding|and|but|natural|herbal|holistic|homeopathic|alternative|energy|quantum|home-?made|won${A}t|don${A}t|doesn${A}t|never|need|needs)${S})${W}){0,6}?(?:chemo(?:therapy)?|radiation|radiotherapy|surgery|rest(?:${S}and${S}ice)?|physical${S}therapy|physiotherapy|rehab|embolization|transplant|antibiotics?|antivirals?|immunotherapy|dialysis|c${S0}pap|stents?|hearing${S}aids?|lasik|cataract${S}surgery|root${S}canal|(?:knee|hip|joint|shoulder|valve|lens)${S}replacement|[a-z]{3,16}(?:ectomy|otomy|plasty)|(?:her|his|my|their|our|the|your)${S}(?:[\\p{L}\\-]{1,20}${S})?(?:doctors?|oncologists?|surgeons?|cardiologists?|care${S}team|medical${S}team))(?![\\p{L}])|(?:^|[^\\p{L}])(?:her|his|my|their|our|the)${S}(?:[\\p{L}\\-]{1,20}${S})?(?:doctors?|docs?|oncologists?|surgeons?|cardiologists?|endocrinologists?|endos?|neurologists?|pcps?|gps?|pharmacists?|psychiatrists?|rheumatologists?|dermatologists?|allergists?|gastroenterologists?|care${S}team|medical${S}team)[\\s\\u00a0]{1,3}(?:(?:slowly|gradually|carefully|finally|then)${S})?(?:switched|changed|moved|lowered|reduced|tapered|weaned|stepped|prescribed|recommended|ordered|started|put${S}in|performed|removed)(?![\\p{L}])|(?:^|[^\\p{L}])(?:since|after|thanks${S}to|because${S}of)${S}(?:(?:my|her|his|their|our|the|a|an)${S})?(?:(?:flu|covid|shingles|pneumonia|annual)${S})?(?:shots?|vaccines?|vaccinations?|boosters?)(?![\\p{L}])`,
  // …or by "and" and a verb of its own: "has no side effects and works for everyone".
  nounScopeEnd: `^${S}(?:[\\p{L}'-]{1,20}${S}){1,2}(?:after|within|in|from|by|since|on)(?![\\p{L}])|^${S}(?:[\\p{L}'-]{1,20}${S}){1,3}(?:and|&|\\+)${S}(?:(?:also|still|it|that)${S})?(?:works|worked|heals|healed|cures|cured|helps|helped|kills|is|was|has|gives|restores|reverses|fixes|stops|lasts|delivers|gets)(?![\\p{L}])`,
  quotedClaim: `[\\p{L}\\p{N}.!?,)]["'\\u201d\\u2019]${S0}(?:they|the${S}ads?|ads|influencers|sellers|brands|companies|clinics|everyone|people)${S}(?:(?:all|keep|always|love${S}to)${S})?(?:promis(?:e|es|ed|ing)|claim(?:s|ed|ing)?|advertis(?:e|es|ed|ing)|sell(?:s|ing)?|hype|hyped|tout(?:s|ed)?)(?![\\p{L}])|[\\p{L}\\p{N}.!?,)]["\\u201d]${S0}(?:[\\p{L}\\-]{1,20}${S}){0,1}(?:ads?|adverts?|videos?|posts?|phrases?|headlines?|slogans?|memes?|reels?|commercials?|infomercials?|articles?|emails?|forwards?|messages?|nonsense|crap|trope)(?![\\p{L}])|["\\u201d][^"\\u201c\\u201d]{0,80}(?:that|this|the|such)${S}(?:phrase|slogan|headline|line|pitch|buzzword)(?![\\p{L}])|["\\u201d]${S0},?${S0}(?:says|said|claims|claimed|promises|promised|swears|swore)${S}(?:the|that|this|a|an|my)${S}(?:${W}){0,1}?(?:ads?|label|box|seller|salesman|saleswoman|salesperson|rep|videos?|website|post|commercial|brochure|influencer|guy|lady)(?![\\p{L}])|(?:that${A}s|that${S}is|(?:is|was)${S}what)${S}(?:all${S})?(?:the|that|this|those|these)${S}(?:${W}){0,1}?(?:ads?|label|box|seller|salesman|videos?|website|posts?|commercials?|brochure|influencers?)${S}(?:said|says|claimed|claims|promised|promises)(?![\\p{L}])`,
  // The quotation named as words: "the 'one weird trick' ads", "those "painless" places", "\"…\" — I see this a lot".
  quotedMention: `^${S0}(?:[\\u2014\\u2013,:-]${S0})?(?:(?:ads?|adverts?|headlines?|posts?|videos?|reels?|claims?|promises?|sellers?|pitch(?:es)?|crowd|types?|places|products|slogans?|buzzwords?|rhetoric|nonsense|crap|trope|stuff|marketing|gurus?|industry)(?![\\p{L}])|(?:i|we)${S}(?:see|hear|read|get)${S}(?:this|that|it)(?![\\p{L}]))`,
  // Opening its sentence, the quotation as the subject of a copula: "'X' is the biggest tell", "'X' is a great conspiracy".
  quotedMentionBefore: `(?:^|[^\\p{L}])(?:remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|strike|struck|cut|avoid(?:ed|ing)?|ban(?:s|ned)?|flagged(?:${S}(?:text|copy|phrase|claim|line))?|disapproved|reject(?:s|ed)?|revert(?:s|ed|ing)?(?:${S}(?:an${S}|the${S})?edit${S}adding)?|undid(?:${S}revision)?|replac(?:e|es|ed|ing)|(?:do${S}not|don${A}t|never|stop)${S}(?:use|using|say|saying|write|writing|post|posting|claim)|(?:label|package|box|ad|website|marketing)${S}(?:statement|claim|copy|says|said|read)|(?:words?|phrases?|terms?|claims?|language|buzzwords?|wording)${S}(?:like|such${S}as|to${S}avoid)|the${S}(?:word|phrase|term|wording|tagline|slogan))${S0}[:,]?${S0}(?:["'\\u2018\\u201c][^"\\u201d\\n]{1,60}?["'\\u2019\\u201d]${S0},?${S0}(?:and|or|&)?${S0}){0,8}$`,
  quotedSubject: `^${S0}(?:is|are|was|were)${S}(?:(?:just|basically|always|usually|literally)${S})?(?:a|an|the|one|my|such)(?![\\p{L}])`,
  // The trigger as the subject of a negated verb: "Big Pharma isn't hiding…", "healing doesn't always look like…".
  negatedAfter: `^${S}(?:(?:is|are|was|were|does|do|did)${S}not|(?:isn|aren|wasn|weren|doesn|don|didn)${A}t|isnt|arent|doesnt|dont|didnt)(?!${S}(?:just|only|merely|simply|want|wants|tell|need|needs|have${S}to|mind|care|stop|quit|disappoint|fail|lie|play)(?![\\p{L}]))(?![\\p{L}])`,
  // Someone's words in a condition or a generic situation: "if anyone tells you…", "when the dentist says '…'".
  reportCondition:
    `(?:^|[^\\p{L}])(?:if|when|whenever|anytime)${S}(?:[\\p{L}\\p{N}'\\u2019-]{1,20}${S}){0,4}?(?:tells?${S}(?:you|u|people|everyone)|says?|promises?|claims?|swears?|insists?|sells?${S}you|pushes)(?![\\p{L}])` +
    // advice to ask the prescriber first ("Please consult your doctor before you stop any medication", "talk to your GP before changing")
    `|(?:talk|speak|check|consult|ask)(?:ing)?${S}(?:with${S}|to${S})?(?:your|a|the)${S}(?:[\\p{L}'\\u2019-]{1,20}${S}){0,2}?(?:doctor|physician|pharmacist|provider|gp|prescriber|specialist|nurse|care${S}team)${S}(?:first${S})?(?:before|prior${S}to)${S}(?:you${S}|they${S}|your${S}child${S})?(?:[\\p{L}'\\u2019-]{1,20}${S}){0,1}$`,
  invitation: `^[\\s"'\\u201c\\u2018]*(?:want|wanna|looking|ready|need|tired|sick|struggling|searching|desperate|dreaming|wish|wishing|still|trying|suffering|fed${S}up|(?:are|do|did|have|can)${S}(?:you|u)${S}(?:know|want|need|struggle|suffer|wish|ever))(?![\\p{L}])`,
  approvalScope: `(?:not|never|isn${A}t|aren${A}t|wasn${A}t)${S}(?:been${S})?(?:fda${S0})?(?:approved|cleared)${S}(?:for|to${S}treat)(?![\\p{L}])|(?:approved|cleared)${S}(?:only|solely|just)${S}(?:for|to${S}treat)(?![\\p{L}])`,
  // A topic announced with an embedded question: "will explain palpitations, when they're harmless and when to call".
  lesson: `(?:^|[^\\p{L}])(?:explain(?:s|ed|ing)?|discuss(?:es|ed|ing)?|learn(?:s|ed|ing)?|cover(?:s|ed|ing)?|review(?:s|ed|ing)?|teach(?:es|ing)?|talk(?:s|ed|ing)?${S}about|find${S}out|understand(?:ing)?)(?![\\p{L}])[^.!?]{0,80}?(?:^|[^\\p{L}])(?:when|whether|if)${S}(?:[\\p{L}'\\u2019-]{1,20}${S}){0,3}$`,
  // Titles whose dot ends no sentence: "Dr. Patel specializes in…".
  abbreviations: ['dr', 'drs', 'mr', 'mrs', 'prof', 'st', 'vs', 'jr', 'sr'],
  // A claim limited to some of the people it concerns: "Some migraine patients become…", "For many people, …", "… heart risk for some people".
  // (the subject of the claim's own clause, or a phrase fronted before a comma: no other clause break before the claim)
  limitedBefore: `^${S0}(?:(?:for|in|with)${S})?(?:some|many|a${S}few|certain|a${S}minority${S}of)${S}(?:[\\p{L}\\-]{1,20}${S}){0,2}?(?:people|patients|adults|kids|children|women|men|users|sufferers|cases|folks)(?![\\p{L}])(?:${S0},)?[^,;:!?]{0,120}$`,
  limitedAfter: `^${S0}(?:[\\p{L}\\-]{1,20}${S}){0,2}?(?:for|in)${S}(?:some|a${S}few|certain)${S}(?:[\\p{L}\\-]{1,20}${S}){0,1}?(?:people|patients|adults|kids|children|women|men|users|sufferers|cases|folks)(?![\\p{L}])`,
  // Permanence of a harm, not of a benefit: "can cause permanent vision loss", "damages nerves permanently", "leave children
  // permanently deaf", "hearing loss from noise is permanent", "people need insulin for life".
  harmBefore: `(?:^|[^\\p{L}])(?:(?:cause[sd]?|causing|damag(?:e|es|ed|ing)|harm(?:s|ed)?|affect(?:s|ed)?|scar(?:s|red)?|stain(?:s|ed)?|injur(?:e|es|ed)|impair(?:s|ed)?)(?![\\p{L}])(?:${S}[\\p{L}'\\u2019-]{1,20}){0,8}|(?:loss|damage|deafness|blindness|scarring|disability|virus|infection)(?:${S}[\\p{L}'\\u2019-]{1,20}){0,4}${S}(?:is|are|can${S}be|may${S}be|becomes?|stays|remains|lingers|lives)(?:${S}[\\p{L}'\\u2019-]{1,20}){0,3}|(?:need|needs|require|requires|must${S}avoid)(?:${S}[\\p{L}'\\u2019-]{1,20}){0,2})${S0}$`,
  harmAfter: `^${S}(?:[\\p{L}-]{1,20}${S})?(?:deaf|blind|damag\\p{L}{0,3}|disabled|paraly\\p{L}{0,5}|scarred|stained|discolou?r\\p{L}{0,5}|blue|gr[ae]y|(?:vision|hearing|memory|bone|tooth)${S}loss|(?:nerve|brain|liver|kidney|lung)${S}damage|harm\\p{L}{0,3}|impair\\p{L}{0,5}|affect\\p{L}{0,2})(?![\\p{L}])`,
  // Proven care as the subject of the claim's clause: "The antibiotics cleared my pneumonia", "my Lasik surgery fixed my vision".
  // (never "our" or "this": a clinic's or a seller's own care, "Our ketamine infusion cures depression", is its promise)
  careSubject: `^${S0}(?:(?:and|then|so)${S})?(?:(?:the|my|his|her|their|a|an|[\\p{L}]{2,12}${A}s)${S})?(?:(?!(?:our|this|these|your)${S})[\\p{L}\\-]{1,20}${S}){0,2}?${PROVEN_CARE}(?:${S}(?:has|have|had|finally|completely|totally|really|basically|just|quickly|actually))*${S0}$`,
  // A trigger in the past tense: what care did in a story ("cleared", "got rid of", "shrank"), not what a product does.
  pastTrigger: `^(?:[\\p{L}]{2,20}ed|got|gave|brought|shrank|shrunk|rebuilt|regrew|grew|undid|beat|knocked|wiped|made|put|took|kept)(?![\\p{L}])`,
  approvalFact:
    `fda[^.!?\\n]{0,100}\\((?:[\\p{L}\\-]{2,20},${S})?(?:approved${S}(?:in${S})?)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[\\p{L}]{0,6}\\.?${S}(?:\\d{1,2},?${S})?)?(?:19|20)\\d\\d(?:;${S}[\\p{L}\\-]{2,20},${S}(?:19|20)\\d\\d){0,4}\\)` +
    `|(?<!(?:our|my|their|your|his|her|same|this|these|the)${S})fda${S0}(?:approved|cleared)${S}(?:medications|medicines|drugs|prescription${S}drugs|therapies)(?![\\p{L}])`,
  approvalReference: `(?:^|[^\\p{L}\\p{N}])(?:510${S0}\\(?k\\)?${S0}(?:#|no\\.?|number)?${S0}k?\\d{6}|k\\d{6}|(?:nda|anda|bla|pma|de${S0}novo)${S0}(?:#|no\\.?|number)?${S0}[a-z]?\\d{5,6}` +
    // other regulators' registers: ARTG and AUST R (TGA), DIN (Health Canada), PL (MHRA), EU/1/ (EMA), NAFDAC's registration number
    `|artg${S0}(?:id|#|no\\.?|number)?${S0}\\d{5,6}|aust${S0}r${S0}\\d{5,6}|din${S0}(?:#|no\\.?|number)?${S0}\\d{8}|pl${S0}\\d{5}${S0}\\/${S0}\\d{4}|eu\\/\\d\\/\\d{2}\\/\\d{3,4}|nafdac${S}(?:reg(?:istration)?\\.?${S0})?(?:#|no\\.?|number)${S0}:?${S0}[a-z]?\\d{1,2}-\\d{3,6})(?![\\p{L}\\p{N}])`,
  careModal: `(?:^|[^\\p{L}])(?:surgery|surgeries|chemo(?:therapy)?|radiation|radiotherapy|immunotherapy|physical${S}therapy|physiotherapy|rehab|dialysis|antibiotics?|antivirals?|antiviral${S}(?:pills|drugs|medicines?)|vaccines?|vaccination|statins?|insulin|fluoride|transplants?|(?:knee|hip|joint|shoulder|valve|lens|cataract)${S}(?:replacement|surgery)|cochlear${S}implants?|braces|retainers?|lasik|[a-z]{3,16}(?:ectomy|otomy|plasty))${S}(?:(?:now|often|usually|sometimes|typically|generally|also)${S})?(?:can|may|could|might|often|usually|typically|generally)${S}(?:(?:now|often|usually|sometimes|also|help${S}(?:to${S})?|be)${S}){0,2}(?:(?:[\\p{L}'-]{1,20}${S}){1,4}?(?:and|or)${S})?$`,
  attribution: `(?:^|[^\\p{L}])(?:according${S}to|per|says|say|recommend(?:s|ed)?${S}by)${S}(?:the${S})?(?:ada|aap|aha|ama|acog|cdc|fda|nih|who|nhs|nice|uspstf|mayo${S}clinic|american${S}[\\p{L}]{3,20}${S}(?:association|society|academy|college)|(?:current|clinical|national)${S}guidelines)(?![\\p{L}])|(?:study|studies|trial|trials|review|research)${S}(?:[\\p{L}-]{1,20}${S}){0,2}?(?:found|finds|showed|shows|show|reported|suggests?)(?![\\p{L}])[^.!?]{0,120}?(?:in|for|of)${S}(?:about${S}|roughly${S}|nearly${S}|only${S}|around${S})?\\d{1,2}(?:\\.\\d)?${S0}(?:%|percent)`,
  gerund: `^[\\p{L}]{2,20}ing(?![\\p{L}])`,
  // A vaccination refused or belittled: "no shots for my kids", "we never vaccinated", "forget the flu shot", "my immune system > any vaccine".
  vaccineRefusal: `(?:^|[^\\p{L}])(?:(?<!there${S}(?:is|are|was|were)${S}|there${A}s${S})no|never|haven${A}t|hasn${A}t|didn${A}t|don${A}t|won${A}t|skip(?:ped|ping)?|forget|ditch(?:ed)?|refuse[ds]?|declin(?:e|ed)|pass(?:ed)?${S}on|say${S}no${S}to|>|better${S}than|stronger${S}than|who${S}needs)${S0}(?:${W}){0,3}?${V}(?![\\p{L}])(?![^?]{0,200}\\?)|${V}${S0}[?:]${S0}(?:don${A}t${S}(?:bother|need${S}it|waste|get${S}it|take${S}it)|never|no${S}need|nah|nope|pass|skip(?:${S}it)?)(?![\\p{L}])(?![^?]{0,200}\\?)`,
  // Someone else's words before the claim in its clause: "posts saying", "a viral video urged", "ppl asking if", "anyone who says".
  reportFrame: `(?:^|[^\\p{L}])(?:saying|says|said|who${S}say|(?:sold|marketed|advertised|touted|promoted|billed|hyped|pitched)${S}as|swear(?:s|ing)?|swore|insist(?:s|ed|ing)?|used${S}to${S}(?:think|believe)|claims?|claiming|claimed|posts?|posted|forward(?:s|ed|ing)?|urg(?:es|ed|ing)|promis(?:e|es|ed|ing)|selling|sells|push(?:es|ing)|peddl(?:e|es|ing)|hawk(?:s|ing)|tout(?:s|ing)|advertis(?:es|ed|ing)|ask(?:s|ed|ing)?${S}(?:me${S}|us${S})?(?:if|whether)|told${S}(?:me|us|her|him|them)|tells${S}(?:me|us|people|everyone)|(?:keeps?|kept)${S}telling${S}(?:me|us|people|everyone))(?![\\p{L}])`,
  // Hoped for, then let down: "I had hoped acupuncture would let me skip surgery, but…", "not me thinking it would work overnight 🙃 it's been months".
  expectation: `(?:^|[^\\p{L}])(?:wanted${S}(?:me${S}|him${S}|her${S}|us${S}|them${S})?to|was${S}going${S}to|planned${S}to|hoped|hoping|love${S}to${S}(?:say|tell${S}you|report)|thinking|thought|talk(?:ed|ing)${S}about|discuss(?:ed|ing)|consider(?:ed|ing)|expected|expecting|wish(?:ed)?|wishing|if${S}only|idk${S}if|not${S}sure${S}if|i${S}was${S}sure)(?![\\p{L}])`,
  letDown: `^[^.!?\\n]{0,160}?(?:(?:^|[^\\p{L}])(?:said${S}(?:absolutely${S}|a${S}firm${S}|flat${S}out${S})?(?:no|not)|but|except|turns${S}out|it${A}s${S}been|there${S}isn${A}t|there${A}s${S}not|nope|instead)(?![\\p{L}])|[.!?\\n]${S0}(?:but|nope|no|not|there${S}isn${A}t|it${A}s${S}been|it${S}didn${A}t|it${S}doesn${A}t|didn${A}t|nothing)(?![\\p{L}]))`,
  // Words that hold a quoted claim up to doubt: falsehood, warnings, a definition denied, a belief given up.
  distancing: `(?:^|[^\\p{L}])(?:irresponsible|get${S}(?:someone|somebody|people|kids)${S}killed|fake|false|lies|lying|lied|myths?|scams?|scammers?|hoax(?:es)?|bogus|spam|nonsense|misleading|mislead(?:s|ing)?|fraud(?:s|ulent)?|debunk(?:s|ed|ing)?|careful|beware|s[kc]eptical|suspicious|wary|warn(?:s|ed|ing|ings)?|cautions?|red${S}flags?|(?:don${A}t|do${S}not|not${S}to|never)${S}(?:trust|believe|fall${S}for|buy${S}(?:it|into))|fell${S}for|used${S}to${S}(?:believe|think)|(?:doesn${A}t|does${S}not|don${A}t|do${S}not)${S}mean|(?:isn${A}t|aren${A}t|is${S}not|are${S}not)${S}the${S}same|not${S}how${S}(?:any${S}of${S}this|[\\p{L}]{1,20}(?:${S}[\\p{L}]{1,20})?)${S}works?|there${A}s${S}no${S}such|there${S}isn${A}t${S}(?:one|any)|spoiler|nope|reported${S}(?:him|her|them|it|the)|(?:would${S}be|is|that${A}s)${S}(?:a${S}|quite${S}a${S})?stretch|oversell(?:s|ing)?|oversold|overhyped|none${S}of${S}(?:them|these|those|it)${S}(?:worked|works|work|did)|(?:did|does|do)${S}(?:absolutely${S})?nothing|(?:sales|marketing)${S}pitch|(?:just|only|simply|merely)${S}means|(?:biggest|classic|surest)${S}(?:tell|sign)|too${S}good${S}to${S}be${S}true|snake${S}oil|quack(?:s|ery)?|conspirac(?:y|ies)|(?:is|are|was|were)${S}(?:dead${S}|flat${S}|just${S}|simply${S})?wrong|(?:it|they|that|this|he|she|you|we)${S}(?:doesn${A}t|didn${A}t|don${A}t|won${A}t|isn${A}t|wasn${A}t|can${A}t|cannot|does${S}not|did${S}not)${S0}(?:[.!,;]|$)|not${S}(?:convinced|buying${S}it)|unconvinced|laughed|(?:wouldn${A}t|won${A}t)${S}(?:trust|believe|buy)|(?:pretty${S}|fairly${S})?sure${S}(?:it|that)${S}(?:just|was${S}just)|urg(?:e|es|ed|ing)${S}[\\p{L}]{1,20}${S}not${S}to)(?![\\p{L}])`,
  reported: `(?:^|[^\\p{L}])(?:people|everyone|everybody|folks|they|someone|somebody|the${S}(?:guy|lady|woman|man|ads?|seller|salesman|influencer|website|video)|clinics|sellers|ads|influencers|websites|my${S}(?:friend|neighbou?r|coworker|co-worker|aunt|uncle|cousin|sister|brother|mom|mum|dad|naturopath|chiropractor))(?:${S}[\\p{L}']{1,20}){0,4}?${S}(?:say|says|said|swear|swears|swore|insist|insists|keep${S}(?:telling|saying)|kept${S}(?:telling|saying)|told${S}me|call|calls|called|claim|claims|promise|promised)(?![\\p{L}])`,
  service: `(?:(?:our|the)${S}(?:[\\p{L}\\-]{1,20}${S}){0,2}(?:department|clinic|hospital|office|providers|team|practice|center|centre|service|unit|staff|nurses|doctors|care|pharmacy|labs?|[\\p{L}]{2,20}(?:ists|ians|ors|eons|ers))|we|dr\\.?${S}[\\p{L}\\-]{2,20})${S}(?:also${S}|routinely${S}|regularly${S})?(?:(?:have|has)${S}(?:also${S})?(?:treated|seen|helped|cared${S}for|diagnosed|managed)|treat|treats|see|sees|manage|manages|care${S}for|cares${S}for|diagnose|diagnoses|offer|offers|help${S}with|helps${S}with|speciali[sz]e${S}in|speciali[sz]es${S}in)(?![\\p{L}])|(?:caring${S}for|serving|welcoming)(?![\\p{L}])`,
  serviceAfter: `^${S0}(?:(?:also|always|automatically)${S})?(?:(?:responds?|reacts?|heals?|progress(?:es)?)${S}differently|(?:is|are)${S}(?:different|unique)|var(?:y|ies)(?![\\p{L}])|receives?|(?:is|are|will${S}be)${S}(?:offered|assigned|given|seen${S}by|welcomed|screened|asked|called|contacted|paired|matched|invited)|ha(?:s|ve)${S}access${S}to|meets?${S}with|can${S}(?:book|request|bring|choose|ask|call|text)|gets?${S}(?:a|an|their${S}own|his${S}own|her${S}own)${S}(?:personal|dedicated|free|private|named|assigned|follow-up|follow${S}up|call|copy|care|nurse|navigator|coordinator|room|plan|appointment|bed))(?![\\p{L}])`,
  orgWords: [
    'fund', 'foundation', 'society', 'association', 'league', 'institute', 'walk', 'run', 'ride', '5k', '10k', 'gala', 'mile', 'ear', 'gro', 'babies', 'network',
    // a business named after the word: "Cure Coffee Co.", "Miracle Mile Bakery"
    'co', 'company', 'inc', 'llc', 'coffee', 'cafe', 'café', 'bakery', 'brewing', 'kitchen', 'store', 'shop', 'market', 'salon', 'farm', 'farms',
  ],
  reportingVerbs: ['say', 'says', 'said', 'swear', 'swears', 'swore', 'insist', 'insists', 'telling', 'saying', 'told', 'call', 'calls', 'called', 'claim', 'claims', 'promise', 'promised'],
  weightLoss: `^(?:lose|lost|losing|drop|dropped|dropping|shed|shedding)${S}(?:weight|(?:like${S}|up${S}to${S})?[\\d\\p{L}.,+]{1,8}${S0}(?:lbs?|pounds|kg|kilos|dress${S}sizes))$`,
  slowPace: `(?:over|in|within|after|across|during)${S}(?:the${S}(?:last|past)${S})?(?:(?:[2-9]|1\\d|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|several|many|a${S}few)${S}months|(?:\\d{1,2}|a|one|two|three|several|a${S}few)${S}years?|(?:a|one)${S}year)|(?:a|one|1|two|2|1-2|half${S}a)${S}(?:lbs?|pounds?|kg|kilos?)${S}(?:a|per|each)${S}week|slow(?:ly)?${S}(?:and|but)${S}steady|since${S}(?:january|last${S}year|last${S}spring|last${S}summer)`,
  kin: [
    'daughter', 'son', 'baby', 'babies', 'grandson', 'granddaughter', 'grandchild', 'newborn', 'twins', 'husband', 'wife', 'puppy', 'dog',
    'cat', 'pregnancy', 'divorce', 'marriage', 'wedding',
  ],
  effort: [
    'walk', 'walks', 'walked', 'walking', 'exercise', 'exercised', 'exercising', 'workout', 'workouts', 'gym', 'cardio', 'training',
    'running', 'swimming', 'cycling', 'portion', 'portions', 'calorie', 'cut out', 'cut back', 'cooking', 'home-cooked', 'meal prep', 'steps',
  ],
  rules: [
    // cure
    // A chronic condition said to be curable ("PCOS is 100% curable", "Yes, Parkinson's is curable!"), not asked.
    { id: 'cure.chronic', kind: 'cure', pattern: `curable(?![\\p{L}])(?!${S0}\\?)(?<=(?<![\\p{L}])${CHR}${S}(?:is|are)${S}(?:(?:100${S0}%|100${S}percent|totally|completely|fully|absolutely|actually|definitely|really|now|easily|very|100${S}%)${S}){0,2}curable)` },
    { id: 'cure.word', kind: 'cure', pattern: `(?=cu)(?<!(?:uv|led|heat|light|salt|sugar|dry|smoked${S}and|smoked|aged|air)${S0})(?:cur(?:e|es|ed|ing|eed|eing)|cuerd|cureed)(?![)\\s\\u00a0]{1,4}(?:with|by|under)${S}(?:a${S}|the${S})?(?:blue|uv|led|curing|special)${S}(?:light|lamp))(?!${S}(?:meats?|ham|salmon|bacon|sausage|pork|cheese|salami|tobacco|time|gel|resin|polish|nails|for${S}\\d))|#[\\p{L}\\p{N}_]{0,30}(?:cure|healed|heals)[\\p{L}\\p{N}_]{0,30}` },
    // Free of the illness, or the product killing it: "I'm cancer-free", "cancer-killing apricot pits".
    { id: 'cure.free', kind: 'cure', pattern: `(?:cancer|tumou?r|seizure|diabetes|eczema|psoriasis|acne|asthma|allerg(?:y|ies)|arthritis|migraine|lyme|hiv|disease)s?${S0}(?:free|killing|curing|destroying)(?![\\p{L}])` },
    { id: 'cure.heal', kind: 'cure', pattern: `heal(?:s|ed|ing)?(?:${S}(?:themselves|itself|on${S}(?:its|their)${S}own))?`, needs: 'health-around' },
    { id: 'cure.eliminate', kind: 'cure', pattern: `(?:eliminat(?:e|es|ed|ing|ion)|eradicat(?:e|es|ed|ing)|wipe[sd]?${S}out|knock(?:s|ed)?${S}out|get(?:s)?${S}rid${S}of|got${S}rid${S}of|fix(?:es|ed)?|beat(?:s)?|banish(?:es|ed)?|conquer(?:s|ed)?|end(?:s|ed)?|kill(?:s|ed)?|(?=cl)(?<!fda${S0})clear(?:s|ed)?(?:${S}up)?|detox(?:es|ed)?|zap(?:s|ped)?|lift(?:s|ed)?|erase(?:s|d)?|destroy(?:s|ed)?|annihilat(?:e|es|ed)|obliterat(?:e|es|ed)|outgr(?:ew|ow|own)|no${S}longer${S}(?:has|have|had|suffers?${S}from|deals?${S}with)|nuk(?:e|es|ed)|demolish(?:es|ed)?|vanquish(?:es|ed)?|defeat(?:s|ed)?|normali[sz](?:e|es|ed))`, needs: 'health' },
    { id: 'cure.gone', kind: 'cure', pattern: `(?:gone|vanish(?:ed|es|ing)|disappear(?:ed|s|ing)|(?:is|are)${S}(?:now${S})?history|(?:is|are)${S}a${S}thing${S}of${S}the${S}past|cleared${S}up|(?:(?:went|go|goes|gone|going)${S}in(?:to)?|in)${S}(?:total${S}|full${S}|complete${S})?remission|went${S}away|healed|fixed|eliminated|eradicated|lifted|none|resolved|handled|sorted|solved|to${S}the${S}curb)`, needs: 'health-before' },
    // An action over a pronoun whose antecedent is an illness named just before (same or previous clause):
    // "cancer is just a fungus, and baking soda kills it", "I had shingles. This salve cured it." (README: cure).
    { id: 'cure.anaphor', kind: 'cure', pattern: `(?:kill(?:s|ed)?|cur(?:es|ed)|destroy(?:s|ed)?|eradicat(?:es|ed)|obliterat(?:es|ed)|dissolv(?:es|ed)|starv(?:es|ed)|wip(?:es|ed)${S}out)${S}(?:it|them|${A}em)(?![\\p{L}])(?!${S}(?:at|on|every|with|out${S}there|off${S}the)(?![\\p{L}]))(?<=(?<![\\p{L}])(?:cancers?|tumou?rs?|leukemia|lymphoma|melanoma|infections?|viruse?s?|bacteria|fungus|fungal|candida|parasites?|lyme|herpes|hiv|covid|flu|shingles|strep|mrsa|staph|h\\.?${S0}pylori|mold|worms|cysts?|warts?|acne|psoriasis|eczema|diabetes|arthritis|gout|ulcers?)(?![\\p{L}])[^\\n]{0,120})` },
    // miracle
    { id: 'miracle.word', kind: 'miracle', pattern: `#?(?:mir[ai]c(?:a)?les?|mircales?)[\\p{L}_]{0,20}|miraculous(?:ly)?|magic${S}(?:pill|bullet|cure|potion|formula|shot)|wonder${S}(?:drug|cure|pill|herb)|holy${S}grail|game${S}changer${S}for` },
    // The same promise as a figure of speech: "pure magic for my joints", "a medical marvel", "a godsend".
    { id: 'miracle.figure', kind: 'miracle', pattern: `(?:pure|absolute|total|real|liquid|bottled|actual|basically|literally|simply|sheer|like)${S}magic|magic${S}(?:in${S}a${S}(?:bottle|jar|capsule)|for${S}(?:my|your|the))|(?:medical|modern|true|real|absolute|natural)${S}(?:marvel|wonder)|wonder${S}of${S}nature|godsend|heaven${S0}sent|fountain${S}of${S}youth|elixir${S}of${S}(?:life|youth)` },
    // guarantee
    { id: 'guarantee.word', kind: 'guarantee', pattern: `(?<!(?:happiness|satisfaction|price|price${S}match|low${S}price|best${S}price|service|fit|comfort|on${S0}time)${S})g[ua]{1,3}r[ae]nt(?:ee|y|ie)(?:s|d|ing)?(?!${S}(?:(?:your|our|patient|the)${S})?(?:privacy|confidentiality|satisfaction|appointments?|a${S}(?:spot|seat|bed|slot)|parking|same${S0}day|next${S0}day|(?:the${S})?lowest|prices?|pricing|availability|acceptance|coverage|enrollment)(?![\\p{L}]))|warrant(?:y|ied)` },
    { id: 'guarantee.promise', kind: 'guarantee', pattern: `(?:we|i)${S}promise|(?:our|the|that${A}s${S}the|that${S}is${S}the)${S}(?:[\\p{L}]{1,20}${S})?promise|${HUNDRED}${S}(?:sure|certain)|(?:or|else)${S}(?:your|you${S}get${S}your)${S}money${S}back|(?:or|else)${S}it${A}s${S}free|(?:or|else)${S}(?:(?:we|i)(?:${S}will|${A}ll)?${S}(?:refund|return|(?:give|pay)${S}(?:(?:you|it)${S})?back)|(?:your|the)${S}(?:next|second|following)${S}(?:${W}){0,1}?(?:is|are|one${S}is)${S}(?:free|on${S}(?:us|me|the${S}house)))|(?:that${A}s|that${S}is|this${S}is|it${A}s)${S}(?:a|my|our)${S}promise|you${S}will${S}(?:be|feel|see|lose|get|never|hit|reach|have|walk|look|sleep|hear)|you${A}ll${S}(?:be|feel|see|lose|get|never|hit|reach|walk|look|sleep|hear)` },
    // universal efficacy
    { id: 'universal.works', kind: 'universal-efficacy', pattern: `(?:w[oe]rks?|worked|working|effective|helps?|helped|effectiveness)${S}(?:for|on|with|in|across)${S}(?:literally${S})?(?!every${S}(?:pound|penny|cent|dollar|bit|inch|step|rep|mile)(?![\\p{L}]))(?:every(?:one|body|1|${S}\\S{1,20})?|evry${S}\\S{1,20}|all(?:${S}\\S{1,20})?|any(?:one|body|${S}\\S{1,20})|${HUNDRED}|each${S}and${S}every)` },
    { id: 'universal.every', kind: 'universal-efficacy', pattern: `whatever${S}the${S}(?:cause|condition|problem|diagnosis|severity|type)|universal(?:ly)?${S}(?:effective|cure|remedy|results)|(?:effective|works?|protects?|kills?)${S}against${S}(?:all|every|any)${S}(?:known${S})?(?:strains?|types?|viruses|bacteria|germs|pathogens|variants?|infections?)|(?:work(?:ed|s)?${S}(?:${HUNDRED}${S}|wonders${S}|great${S})?for${S}me|helped${S}me)${S}(?:${W}){0,6}?(?:it${A}ll|it${S}will|will|gonna|going${S}to)${S}(?:work|help)${S}(?:for${S})?(?:you|u|anyone|everyone)|(?:it${A}ll|it${S}will)${S}work${S}for${S}(?:you|u)${S}too|(?:every|evry)${S}(?:single${S})?(?:${W}){0,2}(?:patient|customer|client|person|user|case|time|body|woman|man|couple|child|kid|participant|member|senior|person|sufferer|adult|type|kind|form)s?|(?:all|${HUNDRED})${S}of${S}(?:our${S}|my${S}|the${S}|their${S}|his${S}|her${S})?(?:patients|customers|clients|users|people|women|men|cases|participants|guys|folks|moms|members|athletes|vets|veterans|kids|students)|in${S}${HUNDRED}|no${S}matter${S}(?:what|how|your|the|who)|regardless${S}of|whatever${S}(?:your|you${A}re|you${S}are|you${A}ve${S}got)|(?:worked|works|helped|helps)${S}for${S}each${S}(?:one|of${S}(?:them|us|my|our|their))|all${S}(?:skin${S}types|body${S}types|hair${S}types|conditions)${S0},?${S}(?:and${S})?all${S}(?:ages|skin${S}types|body${S}types|types|conditions|sizes|genders)|without${S}exception|never${S}(?:fails?|failed)|always${S}works?|(?:works?|worked)${S}every${S}time|(?:1000${S0}%|${HUNDRED})${S}(?:effective|success|successful|of${S}the${S}time|results?|protection|protected|cure|cured|relief|recovery)|every${S}single${S}one(?:${S}of${S}(?:them|us|my|our|their|those|these))?(?![\\p{L}])|success${S}rate(?:${S}(?:is|of))?${S0}:?${S0}100|no${S}(?:recurrence|relapses?|failures?)${S}in${S}any|zero${S}failures|never${S}(?:once${S})?(?:had|seen|recorded)${S}(?:a${S}(?:single${S})?|one${S}(?:single${S})?)(?:failure|failed${S}(?:case|patient|treatment|procedure)|relapse|recurrence)(?![\\p{L}])|fails?${S}(?:no${S}one|nobody)|(?:everyone|everybody|anyone|anybody)${S}(?:who${S}(?:tries|tried|uses|used|takes|took|follows|buys|does|did|gets|has${S}tried)|can${S}(?:lose|heal|be|get)|will${S}(?:see|feel|lose|heal|get|benefit)|gets?(?!${S}(?:a|an|free|their|one|to|in|on)(?![\\p{L}]))|sees?|should|(?:succeeds|improves|heals|recovers)(?!${S}(?:at|in|on|with|differently|their|his|her|a${S}little|over|eventually|given)(?![\\p{L}])))|(?:can${A}t|cannot|won${A}t)${S}(?:possibly${S})?(?:not${S}work|fail)(?![\\p{L}])|impossible${S}to${S}fail|(?:no${S}one|nobody|not${S}(?:one|a${S}single)(?:${S}[\\p{L}]{1,20}){0,2}?)(?:${S}(?:has|have|had))?${S}(?:ever${S})?(?:left|leaves|failed|fails|been${S}disappointed|walked${S}out|walks${S}out|goes${S}home)|universal(?:ly)?${S}(?:effective|effectiveness|works)|never${S}seen${S}(?:${W}){0,5}?(?:fail|didn${A}t${S}(?:respond|work)|not${S}(?:respond|work))|(?:in|for)${S}(?:all|every)${S}(?:${W}){0,1}(?:patients|seniors|women|men|kids|children|adults|users|people|clients|customers|couples|cases|sufferers|ages|types|dogs|pets)|no${S}exceptions|literally${S}(?:everyone|everybody|every${S}\\S{1,20})` },
    // A quantifier over people or over health objects: "on any man", "every athlete, every injury", "kills every known virus".
    // Over people, only with a health object near ("for every patient" alone is a service).
    { id: 'universal.quant', kind: 'universal-efficacy', pattern: `(?:on|for)${S}(?:any|every)${S}(?:single${S})?${PERSON}(?![\\p{L}])`, needs: 'health-around' },
    { id: 'universal.known', kind: 'universal-efficacy', pattern: `(?:every|all|any)${S}(?:${W}){1,4}?known${S}to${S}(?:man|mankind|science|medicine)|every${S}(?:single${S})?${PERSON}${S0},${S}every${S}(?:${W}){0,1}?${H}(?![\\p{L}])|every${S}(?:single${S}|known${S})(?:virus|bacteri(?:a|um)|germ|pathogen|strain|infection|injury|disease|illness|cancer|tumou?r)` },
    // Any kind of a condition: "for any type of baldness", "fixes any kind of pain".
    { id: 'universal.type', kind: 'universal-efficacy', pattern: `any${S}(?:types?|kinds?|forms?|sorts?)${S}of`, needs: 'health' },
    // "100%" closing the claim of a verb: "kills the virus 100%", "it works 100%".
    { id: 'universal.pct', kind: 'universal-efficacy', pattern: `${HUNDRED}(?<=(?:kill(?:s|ed)?|work(?:s|ed)?|cur(?:es|ed)|heal(?:s|ed)|clear(?:s|ed)|fix(?:es|ed)|stop(?:s|ped)|block(?:s|ed)|prevent(?:s|ed)|protect(?:s|ed)|reverse(?:s|d)|eliminate(?:s|d)|gone)${S}(?:${W}){0,3}${HUNDRED})(?!${S0}[\\p{L}\\p{N}])` },
    // A success count with no failure: "12 out of 12 patients", "ten of ten".
    { id: 'universal.count', kind: 'universal-efficacy', pattern: `(\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)${S}(?:out${S}of|of|for|/)${S}(?:the${S})?\\1${S}(?:of${S}(?:our${S}|my${S}|the${S})?)?(?:[\\p{L}]{1,20}${S})?(?:patients|people|clients|customers|users|women|men|moms|mothers|couples|cases|participants|kids|children|babies|seniors|adults|members|sufferers)` },
    // Certainty in other words: "a sure-fire way to", "foolproof", "can't fail", "certain to work" (with a health object near).
    { id: 'guarantee.sure', kind: 'guarantee', pattern: `sure${S0}fire|fool${S0}proof|fail${S0}(?:proof|safe)|no${S0}fail|(?:it|this|they|you)${S}(?:can${A}t|cannot|won${A}t|will${S}not)${S}(?:possibly${S})?fail|(?:certain|sure|bound)${S}to${S}(?:work|help|heal|cure|fix|clear|end|stop|lose|melt|reverse)|(?:${HUNDRED}|absolutely|definitely)${S}will${S}(?:work|help|heal|cure|fix|clear)`, needs: 'health-around' },
    // Nobody it failed: "hasn't failed once", "not one patient has been disappointed", "never met anyone it didn't help".
    { id: 'universal.nofail', kind: 'universal-efficacy', pattern: `(?:hasn${A}t|has${S}not|haven${A}t|have${S}not|never)${S}(?:once${S}|ever${S})?(?:failed|let${S}(?:me|us|anyone|anybody|a${S}single${S}[\\p{L}]{2,12})${S}down)|(?:not${S}(?:one|a${S}single)|no)${S}(?:patient|client|customer|person|user|one)${S}(?:has${S}|have${S})?(?:ever${S})?(?:failed|been${S}disappointed|(?:didn${A}t|did${S}not)${S}(?:improve|respond|benefit|heal|get${S}(?:better|results|relief)))|never${S}(?:met|seen|had|treated)${S}(?:a${S}(?:single${S})?|one${S})?(?:[\\p{L}]{2,12}${S}){0,2}?(?:it|they|we|she|he|(?:this|the|our|that)(?:${S}[\\p{L}]{2,16})?)${S}(?:didn${A}t|couldn${A}t|did${S}not|could${S}not|can${A}t|wasn${A}t${S}able${S}to)${S}(?:help|fix|heal|cure|work)`, needs: 'health-around' },
    // Nobody falls ill: "our patients never get sick", "my kids haven't been sick once in 2 years", "members never have heart attacks".
    { id: 'universal.neversick', kind: 'universal-efficacy', pattern: `(?:never|(?:have|has)${S}never|haven${A}t|hasn${A}t)${S}(?:once${S}|ever${S}|even${S}|again${S})?(?:get|gets|got|gotten|been|catch|catches|caught|fall|falls)${S}(?:sick|ill)(?![\\p{L}])|never${S}(?:get|gets|have|has|catch|catches|suffer)${S}(?:(?:a|another|a${S}single)${S})?(?:colds?|the${S}flu|flu|heart${S}attacks?|strokes?|infections?)(?![\\p{L}])` },
    // Certainty in the speaker's own experience: "I've never once seen it fail", "never known this protocol to fail".
    { id: 'universal.seenfail', kind: 'universal-efficacy', pattern: `(?:never|not${S}once)${S}(?:once${S}|ever${S})?(?:seen|had|known|watched)${S}(?:it|this|them|(?:the|this|that|our|my)${S}[\\p{L}]{2,16})${S}(?:to${S})?fail(?![\\p{L}])|(?:i|we)(?:${A}ve|${S}have)${S}(?:still${S})?yet${S}to${S}see${S}(?:it|this|them|one)${S}fail(?![\\p{L}])` },
    // An efficacy verb over a universal quantifier, whatever its object: "removes any tattoo", "stops ANY bleed", "neutralizes
    // every poison", "kills 100% of bacteria", "straighten any smile", "finds every blockage"; not a service's reach ("fixes any
    // issue with your order", "answers every question").
    { id: 'universal.any', kind: 'universal-efficacy', pattern: `(?:kill|remove|neutrali[sz]e|stop|heal|fix|straighten|eliminate|destroy|dissolve|cure|reverse|repair|detect|erase|banish|whiten|regrow|draw${S}out|find)(?:s|es|ed)?${S}(?:(?:100|99(?:[.,]9{1,2})?)${S0}%${S}of|any|every|each${S}and${S}every|all)${S}(?:(?:single|last|kind${S}of|type${S}of)${S})?(?!(?:issues?|problems?|questions?|orders?|visits?|appointments?|times?|days?|weeks?|bills?|claims?|forms?|emails?|messages?|calls?|steps?|details?|needs?|requests?|errors?|bugs?|customers?|patients?|clients?|members?|one|of${S}(?:our|my|your|the${S}(?:staff|team)))(?![\\p{L}]))[\\p{L}][\\p{L}'\u2019\\-]{2,20}` },
    // A universal quantifier over an illness class after a preventive or curative verb: "prevents all injuries", "kills every virus",
    // and a near-total success or cure rate: "98% success rate", "a 100% cure rate".
    { id: 'universal.all', kind: 'universal-efficacy', pattern: `(?:prevent|cure|heal|fix|stop|block|kill|eliminate|end|beat)(?:s|ed)?${S}(?:all|every|any)${S}(?:(?:kinds?|types?|forms?|sorts?)${S}of${S})?(?:sports${S})?(?:injur(?:y|ies)|infections?|cancers?|viruse?s?|diseases?|illness(?:es)?|sickness(?:es)?|colds?|flus?|allerg(?:y|ies)|germs|bacteria|tumou?rs?|pain)(?![\\p{L}])|(?:9[5-9]|100)(?:[.,]\\d{1,2})?${S0}%${S}(?:success|cure|recovery|remission|healing)${S}rates?` },
    // zero risk
    { id: 'zero.side', kind: 'zero-risk', pattern: `(?:do|does|did|will|would)(?:n${A}t|${S}not)${S}(?:have|cause|give|produce)${S}(?:(?:any|a${S}single)${S})?(?:(?:negative|harmful|bad|nasty|known)${S})?side${S0}effects?(?![\\p{L}])|(?:no|zero|koi|kono|walang|hakuna|haina|bila|bina|without(?:${S}(?:any|the|those|these|its|their|all${S}the))?|free${S}(?:of|from)(?:${S}any)?|nil|${ZERO_PERCENT}|0|absence${S}of(?:${S}any)?|not${S}(?:experience|have|get|suffer)${S}(?:a${S}single|any)|never${S}(?:any|a${S}single)|(?:with|has|have|had|causes?|gives?|and|but)${S}none${S}of${S}(?:the|its|their|those))${S}(?:(?:a|one|even${S}(?:a|one))${S})?(?:(?:negative|harmful|bad|nasty|known|single)${S})?side${S0}effects?|(?:not|nary)${S}(?:a${S}single|one|a)${S}side${S0}effect(?![\\p{L}])|(?:no|zero|without(?:${S}any)?)${S}withdrawals?(?![\\p{L}])(?!${S}(?:of|from)(?![\\p{L}]))|side${S0}effects?${S0}free|side${S0}effects${S0}\\?${S0}none` },
    { id: 'zero.risk', kind: 'zero-risk', pattern: `never${S}(?:once${S})?(?:had|seen|caused|reported)${S}(?:a${S}single|one${S}single|a|one)${S}(?:${W}){0,1}?(?:complications?|side${S0}effects?|adverse${S}(?:events?|reactions?)|reactions?|infections?)(?![\\p{L}])|(?<!(?:hope|hoping|wish|pray|praying|so|ensure|ensures|sure)${S}(?:(?:that|you|your|they|we|patients?|clients?|he|she|it)${S}){0,2})never${S}(?:ever${S})?(?:get|gets|got|have|has|had|develop|develops|developed|experience|experiences|experienced|suffer|suffers|suffered)${S}(?:any${S})?(?:complications|side${S0}effects|adverse${S}(?:events|reactions)|infections|scarring)(?![\\p{L}])|(?:it|this|that|they|which)${S}(?:literally${S}|simply${S}|just${S})?never${S}(?:goes|go|went)${S}wrong|risk${S0}free(?!${S}(?:\\d{1,3}${S0}day${S})?(?:cancell?ation|trial|returns?|refunds?|booking|consult(?:ation)?s?|exchanges?|shipping))|(?:complication|pain|worry|scar)${S0}free(?!${S}(?:parking|billing|booking|check${S0}in|scheduling|refills?|payments?|paperwork|returns?))|none${S}(?:whatsoever|at${S}all)|(?:complications?|side${S0}effects|adverse${S}(?:effects|reactions|events)|reactions|relapses?|infections)${S}(?:simply${S}|just${S}|literally${S})?(?:don${A}t|do${S}not|never|can${A}t|cannot)${S}(?:happen|occur)(?![\\p{L}])|risks?${S0}\\?${S0}none|(?:no|zero|without${S}any|${ZERO_PERCENT})${S}(?:risks?|interactions|complications|dangers?|downtime${S}and${S}zero)(?!${S}factors?)|${ZERO_PERCENT}${S}(?:complication|infection|failure|relapse|recurrence|adverse${S}event|reaction)s?(?:${S}rate)?|risks?${S0}:?${S0}${ZERO_PERCENT}|nothing${S}(?:that${S})?(?:can|could|will)${S}(?:possibly${S})?go${S}wrong|zero${S}(?:chance|risk|possibility)${S}of${S}(?:rejection|infection|complications?|side${S0}effects?|scarring|relapse|failure)|(?:completely|totally|${HUNDRED}|perfectly|absolutely|entirely|utterly|fully|guaranteed|always|${HUNDRED})${S}(?:safe|harmless|non${S0}toxic|gentle|natural${S}and${S}safe)|safe${S}for${S}(?:everyone|everybody|anyone|all|kids|children|babies|pregnant|every|the${S}whole${S}family|any)|harmless|non${S0}addictive|(?:nothing|can${A}t|cannot|won${A}t|couldn${A}t)${S}(?:possibly${S})?(?:can${S}|could${S}|will${S})?(?:go${S}wrong|hurt${S}you|harm${S}you|harm|hurt)|nothing${S}to${S}worry${S}about|nothing${S}(?:${W}){1,3}?(?:that${S}|which${S})?(?:can|could|will|would)${S}(?:possibly${S}|ever${S})?(?:harm|hurt)|no${S}way${S}(?:anything|it|this)${S}could|impossible|no${S}chance${S}of|(?:nobody|no${S}one)${S}(?:has${S})?(?:ever${S})?(?:had|gets?|got)${S}(?:a${S})?(?:reaction|complication|problem|side)|can${A}t${S}(?:overdose|hurt)|(?:is|are)${S}(?:completely${S})?safe${S}(?:for|during|with)|(?:impossible|no${S}way)${S}to${S}overdose|safe${S}even${S}(?:for|during|with)|(?:no|zero|without${S}any)${S}(?:downsides?|adverse${S}(?:effects?|reactions?|events?)|(?:allergic${S})?reactions|toxicity)` },
    // permanence
    { id: 'perm.word', kind: 'permanence', pattern: `(?:no|zero|never|without)${S}(?:[\\p{L}\\p{N}'\\u2019\\-]{1,20}${S0},?${S}){0,5}?ever(?:${S}again|(?=${S0}(?:[.!?,;]|$)))|never${S}(?:ever${S})?need${S}(?:a|an|another|any)${S}(?:${W}){0,1}?(?:${T}|replacement|refill)(?![\\p{L}])|forever(?!${S}(?:grateful|thankful|indebted|blessed|changed|chang(?:ing|es)|young|loved|missed|remembered|friends?|family|home|in${S}(?:our|my|your|their)${S}(?:hearts?|thoughts|prayers)))(?<!(?:miss(?:ed)?|love[ds]?|remember(?:ed)?|cherish(?:ed)?|thank(?:ful)?|grateful|home|rest|sleep)${S}(?:(?:you|him|her|them|us|it|in${S}peace)${S})?forever)|(?<!(?:quit|quitting|stop|stopped|stopping|kicked|kick|gave${S}up|give${S}up|giving${S}up)${S}(?:smoking|drinking|vaping|cigarettes|alcohol|the${S}habit|nicotine)${S})for${S}good(?!${S}(?:nurses|doctors|health|care|people|reasons?|measure|news|food|habits|causes?|friends|results|company|behaviou?r|use|luck|teachers))|perman[ae]nt(?:ly)?(?!${S}(?:teeth|tooth|retainers?|crowns?|makeup|pacemakers?|residents?|residency|staff|positions?|markers?|records?|fillings?|links?|address|collection|exhibit|wire|implants?${S}(?:are|is)))|for${S}life(?<!free${S}(?:[\\p{L}\\-]{2,20}${S}){1,2}for${S}life)|once${S}and${S}for${S}all|lifetime(?!${S}(?:warrant(?:y|ies)|membership|members?|access|discounts?|subscriptions?|supply|achievement|adjustments|replacements?|cleanings?))|never${S}(?:again|come${S}back|coming${S}back|came${S}back|comes${S}back|return(?:s|ed)?|recur(?:s|red)?|regain|need${S}(?:to${S})?\\S{1,20}${S}again)|(?:last|lasts|lasting)${S}(?:a${S})?(?:lifetime|forever)|say${S}goodbye${S}to(?!${S}(?:(?:long|endless)${S})?(?:waits?|waiting|lines|queues|paperwork|hold|busy${S}signals|phone${S}tag))|bye${S}bye|from${S}ever${S}(?:getting|having|catching|needing|suffering)${S}(?:${W}){0,5}?again|never${S}(?:ever${S})?(?:get(?:ting)?|be(?:ing)?|fall(?:ing)?|catch(?:ing)?)${S}(?:sick|ill)${S}(?:(?:ever|once)${S})?again|(?:will${S})?never${S}(?:have|having|suffer|suffering|deal|dealing|struggle|struggling|need|needing|worry|worrying|get|bother|trouble|hurt|hurting|ache|itch|flare|wear|use|take|buy|feel|see|experience|touch|catch|catching|re${S0}(?:injure|tear|break|sprain|occur|appear|lapse))${S}(?:${W}){0,6}?again|life${S0}long${S}(?:relief|cure|results?|protection|freedom|immunity)|never${S}(?:have|get|suffer)${S}(?:another|a${S}single)|(?:won${A}t|wont|will${S}not)${S}(?:ever${S})?(?:come${S}back|return)|no${S}more${S}(?:${W}){0,3}(?:ever|again)|no${S}more|(?:keep|kept|stays?|stayed)${S}(?:it|the${S}weight|them)${S}off${S}(?:for${S}good|forever)|(?:never|not)${S}(?:once${S})?(?:had${S}|felt${S})?(?:a${S})?(?:flare|relapse|recurrence)|(?:last|only)${S}(?:${W}){0,4}(?:you${A}ll|you${S}will)${S}ever${S}need|never${S}(?:fall${S}out|wear${S}off|fade|grow${S}back|wear${S}out)|(?:your|the)${S}last${S}(?:pair|bottle|treatment|visit|session|prescription)` },
    // treatment replacement
    // Getting rid of expired or unused medicine is disposal, not stopping a treatment ("Toss expired ibuprofen at the pharmacy").
    { id: 'repl.stop', kind: 'treatment-replacement', pattern: `(?!(?:toss|throw|threw|chuck|bin|dump|flush)\\p{L}{0,4}(?:${S}(?:out|away))?${S}(?:(?:the|your|any|all|those|of|old)${S}){0,2}(?:expired|unused|leftover|out${S0}of${S0}date|old${S}(?:meds|medications?|medicines?|pills|prescriptions?)))(?:(?:got|get|came|come|getting|coming)${S}off${S}(?:all|both|each)(?:${S}(?:\\d|two|three|four|five|six))?${S}of|stop(?:ped|ping|s)?(?!${S}the${S}(?:effects?|action|bleeding)${S}of)|quit(?:ting|s)?|ditch(?:ed|ing|es)?|skip(?:ped|ping|s)?|forget(?:${S}about)?|toss(?:ed|es|ing)?|throw(?:s|ing|n)?(?:${S}away|${S}out)|threw${S}(?:out|away)|dump(?:ed|s|ing)?|chuck(?:ed|ing|s)?(?:${S}(?:out|away))?|flush(?:ed|ing|es)?(?=${S}(?:(?:the|your|my|his|her|their|all|those|these|our)${S}){1,2}(?:${T})(?![\\p{L}]))|(?<!(?:had|have|has|needed|need|needs)${S}to${S})cancel(?:l?ed|l?ing|s)?(?!${S}or${S}(?:re${S0}schedul|postpon|chang|mov)\\p{L}{0,4}(?![\\p{L}]))|refuse(?:d)?|avoid(?:ed)?|wean(?:ed)?${S}(?:off|yourself${S}off)|get${S}(?:you${S}|yourself${S})?off|got${S}off|come${S}off|came${S}off|came${S}of|off${S}(?:of${S})?(?:my|her|his|the|all)|(?=of)(?<!%${S0})(?<!(?:putting|put|puts|kicked|paid|show|showing|turned|turn|took|take|taking|day|days|time|wear|wears|wore|worn|wearing)${S})off|say${S}goodbye${S}to|no${S}more|no${S}need${S}(?:for|of)|don${A}t${S}need|didn${A}t${S}need|never${S}need|won${A}t${S}need|(?:will|do|does|did)${S}not${S}need|(?:bye|goodbye)${S}to|kick(?:ed)?|drop(?:ped)?|replac(?:e|es|ed|ing)|instead${S}of|(?:alternative|replacement|substitute)${S}(?:to|for)|better${S}than|safer${S}than|stronger${S}than|outperforms?|no${S}longer${S}need|free${S}(?:of|from)|without(?!${S}(?:a${S})?(?:prescription|script)(?![\\p{L}])|${S}(?:first${S})?(?:talking|speaking|checking|consulting|asking|telling|discussing)(?![\\p{L}]))|zero(?=${S}(?:${T})(?![\\p{L}]))|put${S}down|swap(?:ped)?|switch(?:ed)?${S}(?:from|off)|discontinu(?:e|ed|ing|ation)(?:${S}of)?|cut${S}(?:back|down)${S}(?:on${S})?|why${S}(?:keep${S}(?:paying${S}for|taking|using|buying|injecting|refilling)|buy|wait|take|get|pay${S}for|bother${S}with|risk|go(?=${S}under))|unlike|have${S}quit|tired${S}of|binn?(?:ed)?|cut(?:${S}(?:out|them))?|in${S}place${S}of|(?:haven${A}t|hasn${A}t|hadn${A}t|has${S}not|have${S}not)${S}(?:touched|needed|used|taken|picked${S}up)|(?:never|no${S}longer)${S}(?:touch|use|take)|done${S}with|(?:never|not)${S}going${S}back${S}(?:on|to)|who${S}needs|freed${S}(?:me|her|him|them|us|you)${S}from|turn(?:ed|ing|s)?${S}down|said${S}no${S}to|(?:stopped|quit|never|didn${A}t|don${A}t)${S}(?:re)?fill(?:ing|ed)?|(?:save|spare)${S}(?:yourself|yourselves|you|them|your${S}(?:kids?|child|family|body))(?:${S}from)?|trad(?:e|ed|ing)(?:${S}in)?|nature${A}?s|(?:as${S}(?:good|effective|strong|well|powerful)${S}as|works?${S}(?:just${S})?like|(?:does|do|did)${S}(?:the${S}same${S}(?:job|thing)${S}as|everything))|opt(?:ed)?${S}out${S}of|gave${S}up(?:${S}on)?|got${S}rid${S}of|taper(?:ed)?${S}(?:myself${S})?off|never${S}(?:went|going)${S}back${S}to|(?:haven${A}t|hasn${A}t)${S}(?:been${S}(?:to|near)|seen|needed))`, needs: 'treatment' },
    // The treatment named before, then stopped as a pronoun: "3 blood pressure meds. Cut them ALL", "statins are a scam. I stopped mine".
    { id: 'repl.anaphor', kind: 'treatment-replacement', pattern: `(?:stopped|quit|ditched|dropped|tossed|dumped|binned|cancell?ed|cut|threw${S}(?:out|away)|flushed|weaned${S}(?:myself${S})?off)${S}(?:them|mine|it|${A}em|all${S}of${S}(?:them|it|mine)|them${S}all|every${S}one${S}of${S}them)(?![\\p{L}])(?<=(?<![\\p{L}])(?:${T})(?![\\p{L}])[^\\n]{0,160})` },
    // …and the pronoun before the particle ("The inhaler? Threw it away", "got rid of them"), not a recalled or expired product.
    { id: 'repl.anaphorAway', kind: 'treatment-replacement', pattern: `(?:(?:threw|thrown|tossed|chucked|binned)${S}(?:them|it|${A}em|mine)(?:${S}all)?${S}(?:out|away)|got${S}rid${S}of${S}(?:them|it|${A}em|mine))(?![\\p{L}])(?<=(?<![\\p{L}])(?:${T})(?![\\p{L}])[^\\n]{0,160})(?<!(?:recall|expir|contaminat|counterfeit|defective)\\p{L}{0,4}[^\\n]{0,160})` },
    // A remedy doing what a proven treatment does: "lion's mane does what SSRIs do", "our tea does what $20k of IVF can't";
    // and the same job as a treatment named before it ("Used to take Adderall … these gummies do the same thing").
    { id: 'repl.doesWhat', kind: 'treatment-replacement', pattern: `(?<=[\\p{L}\\p{N}'\\u2019]${S})(?:does|do|did)${S}(?:(?:exactly|basically|literally|everything)${S})?what(?=${S})(?!${S}works)`, needs: 'treatment' },
    { id: 'repl.sameJob', kind: 'treatment-replacement', pattern: `(?<!(?:^|[^\\p{L}])(?:it|they|which|he|she)${S})(?:does|do|did|doing)${S}(?:(?:exactly|basically|literally|just)${S})?the${S}same${S}(?:job|thing|work)(?![^.;!?\\n]{0,60}${S}as(?![\\p{L}]))`, needs: 'treatment-line-before' },
    { id: 'repl.after', kind: 'treatment-replacement', pattern: `(?<=[?:]${S0})(?:not${S}anymore|no${S}longer|never${S}again|(?:don${A}t|doesn${A}t)${S}need${S}(?:it|them|one)|in${S}the${S}(?:trash|bin|garbage))|unnecessary|pointless|obsolete|outdated|useless|a${S}waste${S}of${S}money|(?:gathering|collecting)${S}dust|a${S}thing${S}of${S}the${S}past|instead(?!${S}of)|(?:are|is)${S}a${S}scam|(?:are|is)${S}(?:just${S}|pure${S}|literally${S}|basically${S}|straight${S})?(?:poison|toxic)(?![\\p{L}])|not${S}needed|not${S}(?:required|necessary)(?![\\p{L}])|no${S}longer${S}(?:needed|required|necessary)(?![\\p{L}])`, needs: 'treatment-before' },
    { id: 'repl.needed', kind: 'treatment-replacement', pattern: `no${S}(?:${T})${S0}[,;+&]?${S0}(?:(?:and|or)${S})?no${S}(?:${T})|no${S}(?!(?:a${S})?(?:prescriptions?|scripts?|referrals?|appointments?)${S})(?:${W}){0,2}?(?:${T}|replacement|script)(?:${S}(?:visits?|appointments?|trips?))?${S}(?:(?:is|are|was|were|ever)${S})?(?:needed|required|necessary)|(?:before${S}you${S}(?:agree${S}to|book|schedule|get))${S}(?:${W}){0,2}(?:${T})|(?:throw|threw|toss(?:ed)?|chuck(?:ed)?|put)${S}(?:${W}){0,2}?(?:${T})${S}(?:away|out|in${S}the${S}(?:bin|trash|drawer|closet|cupboard|attic|cabinet|garage|basement))|(?:everyone|you)${S}should${S}(?:switch|stop|quit|ditch)|skip${S}the${S}(?:${W}){0,2}(?:${T})` },
    // No need to see, take or go to care, as people write it without "for" ("no need insulin anymore", "no need to see a dentist",
    // "you no need go hospital again"); "no need to see the GP first" is the route to care, not doing without it.
    { id: 'repl.noNeedTo', kind: 'treatment-replacement', pattern: `no${S}need${S}(?:to${S}(?:see|visit|involve|take|use|go${S}(?:to|back${S}to))${S}|go${S}(?:to${S})?)?(?:(?:a|an|the|your|any|more)${S})?(?:${T})(?![\\p{L}])(?!${S0},?${S0}(?:first|before|unless|until|if|when|for${S}(?:this|that|a${S}(?:repeat|referral|prescription))|to${S}(?:book|refer|get${S}a${S}referral))(?![\\p{L}]))` },
    // Proven care called a waste: "don't waste money on the hospital for jaundice", "don't waste money on antibiotics for your
    // kids" (the negation is the advice, not a denial of it).
    { id: 'repl.waste', kind: 'treatment-replacement', pattern: `(?:don${A}t|do${S}not|never|stop|quit)${S}wast(?:e|ing)${S}(?:(?:your|any${S}more|more|good)${S})?(?:money|time|cash|dollars|\\$\\d[\\d,]*)${S}(?:on|with|paying${S}for)`, needs: 'treatment' },
    // Surgery kept from someone by advice: "don't let them cut you", "don't allow them to cut your neck", "doh let them cut she";
    // not surgery put off until it is explained ("…without a second opinion").
    { id: 'repl.dontLet', kind: 'treatment-replacement', pattern: `(?:don${A}t|do${S}not|never|doh|nuh)${S}(?:let|allow)${S}(?:them|(?:the|those|any)${S}(?:doctors?|docs?|surgeons?|hospitals?)|anyone|anybody|him|her)${S}(?:to${S})?(?:cut${S}(?:you|him|her|me|them|us|she|he|(?:your|his|my|their|the${S}baby${A}s?)(?=${S}))|operate|amputate|open${S}(?:you|him|her|them)${S}up|put${S}(?:you|him|her|them)${S}under)(?![\\p{L}])(?![^.;!?\\n]{0,80}(?:without|until|before|unless))` },
    // Care proposed, then refused ("My OB said insulin, I said nope", "ortho wanted to operate, I said nah", "I said no thanks and
    // popped EPO instead"), in the next sentence too ("Her doctor wanted her on metformin. We said no thanks.", "My doctor
    // wanted me on Flomax — I told him no thanks").
    { id: 'repl.saidNo', kind: 'treatment-replacement', pattern: `${REFUSED}(?![\\p{L}])(?:${S0}[,.!]?${S0}(?:and${S})?(?:took|popped|used|tried|went${S}with|chose|did)${S}(?:${W}){0,3}?instead|(?<=(?:(?:said|wanted|recommended|suggested|pushed|prescribed|offered|booked)${S}(?:${W}){0,3}?(?:${T}|operate|operating|induce|inducing)|wanted${S}(?:me|her|him|them|us)${S}on${S}\\p{L}{3,20})${S0}[,;.!\\u2014\\-]${S0}(?:and${S}|but${S}|so${S})?${REFUSED}))` },
    // One replacement verb over a coordination whose later item is the treatment: "replaces your multivitamin AND your blood
    // pressure meds", "ditch the coffee, the antacids and the PPIs".
    { id: 'repl.coord', kind: 'treatment-replacement', pattern: `(?:replac(?:e|es|ed|ing)|ditch(?:es|ed|ing)?|toss(?:es|ed)?|swap(?:s|ped)?${S}out)${S}(?:${W}){0,4}?[\\p{L}\\p{N}'\\u2019\\-]{1,20}${S0}(?:,|&|\\+|(?:and|or|plus)(?![\\p{L}]))${S0}(?:${W}){0,3}?(?:meds|medications?|medicines?|pills|prescriptions?|drugs|insulin|inhalers?|statins?|antidepressants?|antibiotics|steroids|chemo(?:therapy)?|surgery|blood${S}thinners?|painkillers?|ppis?|antacids|[a-z]{3,16}(?:statin|pril|olol|sartan|prazole|formin|glutide)s?)(?![\\p{L}])` },
    // A hashtag that gives the treatment up: "#cancelthesurgery", "#ditchthemeds", "#nomorepills".
    // A remedy named after the drug it would replace: "the natural insulin alternative", "a Viagra substitute", "nature's chemo",
    // "the natural Prozac", "a natural EpiPen" (not hormone replacement, which is a therapy's name).
    { id: 'repl.namedAfter', kind: 'treatment-replacement', pattern: `(?<=(?<![\\p{L}])(?:${T})${S})(?:alternative|substitute)(?![\\p{L}])(?!${S}(?:medicine|therapies|therapy|care|practitioners?)(?![\\p{L}]))|(?:nature${A}s|natural|herbal|plant${S0}based|all${S0}natural)${S}(?:prozac|xanax|valium|viagra|cialis|chemo(?:therapy)?|epipen|antibiotics?|statins?|ozempic|wegovy|mounjaro|adderall|ritalin|ambien|botox|ivf|metformin|morphine|ibuprofen|tylenol|advil|steroids?|antidepressants?|painkillers?|xanax)(?![\\p{L}])` },
    { id: 'repl.hashtag', kind: 'treatment-replacement', pattern: `#(?:cancel|skip|ditch|quit|stop|no|nomore|byebye|bye|goodbye|toss|dump|never|burn|throwaway|throwout)(?:the|your|my|all|ing)?(?:surgery|surgeries|chemo|chemotherapy|radiation|meds|medication|medications|medicine|pills|statins?|insulin|inhalers?|cpap|glasses|prescriptions?|pharma|antibiotics|steroids|antidepressants|ssris|doctors?|surgeon|ozempic|metformin)(?![\\p{L}])` },
    // instant results
    { id: 'instant.word', kind: 'instant-results', pattern: `instant(?:ly|aneous(?:ly)?)?(?!${S}(?:read|online|access|check${S0}in|confirmation|messag\\w*|booking|download|quotes?|coffee|noodles|pot|alerts?|notifications?|replies|reply|chat|results?${S}(?:portal|online)))|(?=ov)(?<!(?:fast|fasting|stay|staying|kept|keep|parking|admitted|observation)${S})overnight(?!${S}(?:stays?|shipping|parking|fast(?:ing)?|sleep${S}study|oats|observation|in${S}the${S}hospital))|immediate(?:ly)?(?!${S}(?:openings?|availability|appointments?|booking|opening|vacanc(?:y|ies)|response|family|supervisor))|(?=ri)(?<!(?:tell|call|contact|see|seek|notify|report|inform|ask)${S}(?:${W}){0,3})right${S}away|on${S}(?:the${S}spot|contact)|(?<!(?:done|completed|performed|finished|placed|fitted|made|taken|scheduled|booked)${S})in${S}(?:just${S}|only${S})?(?:one|1|a${S}single|a|just${S}one)${S}(?:${W})?(?:${UNIT}|day|night|week|weekend)|(?:from|after)${S}(?:just${S}|only${S})?(?:the${S}|a${S}|my${S}|your${S}|our${S}|his${S}|her${S}|their${S})?(?:very${S}|single${S})?(?:first|1st|one|1|single|two|2)${S}(?:${W}){0,2}?(?:${UNIT}s?|needles?|day|night|morning)(?![\\p{L}])|the${S}(?:very${S})?first${S}(?:night|morning)(?![\\p{L}])|(?<=with${S}(?:just${S}|only${S})?)(?:one|1|a${S}single)${S}(?:${W}){0,2}?${UNIT}(?![\\p{L}])|(?:same|first)${S}day|day${S}one|in${S}(?:just${S}|only${S}|as${S}little${S}as${S}|under${S}|less${S}than${S})?${num}${S}(?:seconds|secs|minutes|mins|hours|hrs|hr|days)(?:${S}flat|${S}or${S}less)?|within${S}(?:just${S}|only${S})?${num}${S}(?:seconds|minutes|mins|hours|hrs|days)|(?:in|within)${S}(?:just${S}|only${S}|under${S}|less${S}than${S}|as${S}little${S}as${S})?(?:a|one|1|two|2|three|3|1-2|2-3|a${S}(?:week|couple${S}of${S}weeks))${S0}(?:weeks?)?(?<=weeks?|week)(?![\\p{L}])|before${S}the${S}bag${S}is${S}empty|in${S}(?:seconds|minutes)|within${S}(?:seconds|minutes)|${num}${S0}(?:second|sec|hr|hour|minute|min|day)${S}(?:fix|cure|reset|detox|results?|relief)|${num}${S0}(?:second|sec|minute|min)${S}(?:${W}){0,2}?(?:fix|cure|reset|results?|relief|protocol|solution)(?![\\p{L}])|before${S}you${S}(?:leave|walk${S}out|get${S}home)|(?:starts?|begins?)${S}(?:in${S})?(?:week|day)${S}one|(?<!(?:rsvp|register|sign${S}up|reply|respond|apply|enrol{1,2}|submit|pay|order)${S}(?:[\\p{L}]{1,20}${S}){0,2})by${S}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the${S}weekend|next${S}week)|in${S}(?:one|an|a${S}single)${S}(?:afternoon|morning|evening|hour|lunch${S}break)|this${S}week|within${S}(?:the|an|one|a${S}single)${S}(?:hour|minute)|(?:wake${S}up(?:${S}with${S}(?:${W}){1,3}?)?|by)${S}(?:tomorrow(?:${S}morning)?|the${S}next${S}morning|morning|tonight|bedtime|lunchtime|the${S}end${S}of${S}the${S}day)|(?:the${S}(?:moment|minute|second|instant)|as${S}soon${S}as)${S}(?:you|it|i|she|he|they|we)${S}(?:${W}){0,1}?(?:apply|applied|take|took|drink|drank|use|used|swallow|swallowed|spray|sprayed|rub|rubbed|touch(?:es|ed)?|hits?|went${S}(?:in|on|down)|goes${S}(?:in|on|down)|kick(?:s|ed)?${S}in)(?![\\p{L}])|in${S}no${S}time|in${S}(?:just|only|mere)${S}(?:days|hours|minutes|seconds)|within${S}(?:just${S}|only${S}|a${S}few${S})?(?:days|hours)(?![\\p{L}])(?!${S}(?:of|after|from)(?![\\p{L}]))|in${S}(?:just${S}|only${S}|under${S})?\\d{1,3}${S0}(?:h|hrs?|mins?|secs?)(?![\\p{L}])|in${S}(?:under|less${S}than)${S}(?:an|one|a)${S}(?:hour|minute|day|week)|day${S}1(?![\\p{N}])|(?:gone|better|fine|cleared|healed|walking|running|pain${S0}free|back${S}(?:at|to)${S}[\\p{L}]{2,12})${S}(?:by${S})?(?:the${S})?(?:very${S})?next${S}(?:day|morning)|after${S}(?:just|only)${S}(?:${num}|a${S}few|a${S}couple(?:${S}of)?)${S}(?:${UNIT}s?|days|hours|minutes|nights)(?![\\p{L}])|(?:fast|rapid|quick|speedy|lightning)${S0}(?:acting|relief|results|fix|cure|recovery|healing)|(?:works|worked|acts|acted)${S}(?:so${S})?(?:fast|quickly|in${S}no${S}time)` },
    // One unit of treatment promised as enough, as a phrase of its own: "one bag and…", "just one capsule", "One session, no needles"
    // (README: a speed claim); a rule of its own, so the gate weighs it apart from durations and logistics.
    { id: 'instant.unit', kind: 'instant-results', pattern: `(?:one|1|a${S}single|just${S}one|only${S}one)${S}(?:${W}){0,2}?${UNIT}s?${S}(?:of${S}(?:${W}){1,3})?and|(?:just|only)${S}(?:one|1|a${S}single)${S}${UNIT}(?![\\p{L}])|(?<![\\p{L}\\p{N}'\\u2019,]${S0})(?:one|1|a${S}single)${S}${UNIT}(?=${S0}[,!\\u2014\\u2013])` },
    // A speed quantifier over a benefit noun, as a headline or a fragment of its own: "Instant relief.", "instant energy!",
    // "overnight results", "immediate pain relief" (README: instant results). A test's results are logistics, not a promise
    // ("instant results from our rapid strep test", "instant coffee" never matches: no benefit noun).
    { id: 'instant.benefit', kind: 'instant-results', pattern: `(?:instant(?:aneous)?|immediate|overnight|lightning${S0}fast)${S}(?:(?:pain|itch|sinus|headache|migraine|joint|back|nerve|fat|weight|acne|anxiety|stress|symptom)${S})?(?:relief|results?|energy|healing|cure|fix|weight${S}loss|fat${S}loss|recovery|transformation|reversal|improvement|detox|calm|clarity|focus)(?![\\p{L}])(?![^.!?\\n]{0,50}(?:tests?|labs?|scans?|x${S0}rays?|swabs?|screenings?|portal|mychart|online|by${S}(?:text|e${S0}mail|phone))(?![\\p{L}]))(?<!(?:tests?|labs?|scans?|swabs?|screenings?)${S}(?:[\\p{L}]{1,20}${S}){0,3}(?:instant(?:aneous)?|immediate|overnight|lightning${S0}fast)${S}(?:[\\p{L}]{1,20}${S})?(?:results?))` },
    // The first night, day or dose after a promise of relief or an end, without "the": "stops snoring FIRST NIGHT", "works first dose".
    // The before-and-after of one visit: "Walk in tired, walk out 10 years younger", "Walk in addicted, walk out free", "She walked
    // in on day 3 of a migraine and walked out smiling", "Went in a meth addict, came out healed".
    { id: 'instant.walkOut', kind: 'instant-results', pattern: `(?:walk(?:s|ed)?|came|comes|come|went|go|goes|rolled|limped|hobbled|was${S}carried)${S}in(?![\\p{L}])[^.!?\\n]{1,60}?(?:walk(?:s|ed)?|came|comes|come|went|go|goes|left|leave|leaves|danced|skipped|ran|strolled)${S}out${S}(?:(?:of${S}(?:here|there|the${S}(?:clinic|office|room|centre|center))|on${S}(?:my|his|her|their|your)${S}own${S}(?:two${S})?feet|completely|totally|fully|literally|feeling|looking)${S0},?${S0}){0,2}(?:free|healed|cured|smiling|pain${S0}-?${S0}free|(?:\\d{1,2}|ten|twenty|five)${S}years${S}younger|a${S}new${S}(?:person|man|woman)|brand${S}new|reborn|sober|clean|fixed|standing${S}(?:tall|straight|up)|walking|dancing|straight|glowing)(?![\\p{L}])` },
    { id: 'instant.first', kind: 'instant-results', pattern: `(?:first|1st)${S}(?:night|day|dose|use|try|application|sip|spray|pill|capsule)(?![\\p{L}])(?<=(?:stop|stops|stopped|end|ends|ended|fix|fixes|fixed|cure|cures|cured|gone|relief|results?|works?|worked|heal|heals|healed|clear|clears|cleared)${S}(?:[\\p{L}\\p{N}'\\u2019\\-]{1,20}${S}){0,3}(?:first|1st)${S}[\\p{L}]{2,12})` },
    // effortless weight loss
    { id: 'ewl.without', kind: 'effortless-weight-loss', pattern: `(?:(?<=(?:lost|lose|losing|dropped|dropping|shed|shedding|melted)(?![\\p{L}])[^.!?\\n]{0,100})|(?=[^.!?\\n]{0,140}(?:lost|lose|losing|dropped|shed|pounds|lbs|kilos|sizes|weight)(?![\\p{L}])))(?:never${S}(?:once|even|ever)|(?:didn${A}t|haven${A}t|hasn${A}t)${S}(?:even|once|ever)|without${S}(?:ever|even|once))${S}(?:count(?:ed|ing)?${S}(?:a${S}(?:single${S})?)?calories?|set(?:ting)?${S}foot${S}in${S}a${S}gym|(?:went|gone|going|go)${S}to${S}(?:the|a)${S}gym|work(?:ed|ing)?${S}out|exercis(?:ed|ing|e)|diet(?:ed|ing)?|(?:chang(?:ed|ing)|change)${S}(?:a${S}(?:single${S})?thing${S}about${S})?(?:my|her|his|their|your)${S}diet)(?![\\p{L}])|(?:without|w/o|no|never|didn${A}t|don${A}t)${S}(?:${W}){0,2}(?:lift(?:ing)?${S}a${S}(?:finger|weight)|(?:set(?:ting)?|step(?:ping|ped)?)${S}foot${S}in${S}(?:a|the)${S}gym|count(?:ing)?${S}(?:a${S}(?:single${S})?)?calories?|giving${S}up${S}(?:${W})?(?:carbs|food|sugar|dessert|pizza)|hitting${S}the${S}gym|cutting${S}(?:carbs|calories))|while${S}(?:they|we|i|she|he)${S}(?:sleep|relax|binge|watch|sit|nap)|while${S}(?:you|u)${S}(?:nap|snooze)|(?:without|no|zero|skip(?:${S}the)?|never)${S}(?:any${S}|a${S}single${S})?(?:diet(?:s|ing)?|exercis(?:e|ing)|gym|workouts?|cardio|counting${S}calories|calorie${S}counting|changing|giving${S}up|starving|hunger|effort|willpower|cravings|trying|lifestyle${S}changes|leaving${S}the${S}couch|lifting${S}a${S}finger)|effortless(?:ly)?|(?:melt(?:s|ed|ing)?|burn(?:s|ed|ing)?|dissolv(?:e|es|ed|ing)|blast(?:s|ed)?|torch(?:es)?|flush(?:es)?|sculpt(?:s)?)${S}(?:away${S})?(?:${W}){0,3}(?:fat|pounds|lbs|weight|belly|inches|cellulite|calories)|(?:fat|pounds|lbs|weight|inches)${S}(?:${WP}){0,2}(?:(?:just${S}|simply${S}|literally${S})?(?:melt(?:s|ed|ing)?|falls?|falling|fell|fly|flies|flying|flew|slide|slid|sliding|shed|are${S}shed)${S}(?:off|away|effortlessly))|while${S}(?:you${S})?(?:sleep|binge|watch|sit|sitting|relax|eat|lie|scroll)|(?<=(?:lose|loses|losing|lost|burn|burns|burning|melt|melts|melting|shed|sheds|shedding|drop|drops|dropping|slim|tone|sculpt)${S}(?:[\\p{L}\\p{N}'\\u2019\\-]{1,20}${S}){0,4})while${S}(?:you${S}|u${S})?(?:sleeping|watching|binging|sitting|relaxing|lying|scrolling|napping|lounging|chilling|resting)|eat${S}(?:whatever|anything|all)${S}you${S}want|still${S}(?:eat(?:ing|s)?|ate|had|have|having|enjoy(?:ed|ing|s)?)${S}(?:${W}){0,2}(?:dessert|desserts|pizza|pasta|carbs|burgers|fries|chocolate|cake|ice${S}cream|junk|takeout|sweets|bread)|(?:fat|pounds|lbs|weight|inches|kilos)${S}(?:just${S}|simply${S}|literally${S})?(?:disappear(?:s|ed)?|vanish(?:es|ed)?)|(?:(?<=(?:lost|lose|losing|dropped|shed|pounds|lbs|kilos|sizes|weight)(?![\\p{L}])[^.!?\n]{0,100})|(?=[^.!?\n]{0,140}(?:lost|lose|losing|dropped|shed|pounds|lbs|kilos|sizes|weight)(?![\\p{L}])))(?:doing|did|changed|change)${S}(?:${W})?nothing|(?:didn${A}t|don${A}t|did${S}not|never|without)${S}(?:have${S}to${S})?(?:change(?!${S}(?:(?:or|and)${S}(?:stop|skip)${S})?(?:(?:your|the|any|their|his|her|a)${S})?(?:${T}|doses?|dosage|bones?|bone${S}structure|structure))|exercise|diet|work${S}out|give${S}up|go${S}to${S}the${S}gym|hit${S}the${S}gym|count${S}calories|starve|changing)|(?:eating|eat|eats)${S}(?:${W}){0,2}(?:cake|pizza|pasta|junk|the${S}same|whatever|carbs|burgers|dessert)|does${S}the${S}work${S}for${S}you|(?:does|do|did)${S}all${S}the${S}(?:hard${S})?work|why${S}diet|lose${S}weight|(?:lose|lost|drop|dropped|shed)${S}(?:like${S}|up${S}to${S})?(?!0(?![\\d.,]))${num}\\+?${S0}(?:lbs?|pounds|kg|kilos|dress${S}sizes)` },
    // cure-all
    { id: 'cureall.word', kind: 'cure-all', pattern: `cure${S0}alls?|works?${S}(?:on|for)${S}(?:just${S}about${S}|literally${S})?everything(?![\\p{L}])|(?:cures?|heals?|treats?|fix(?:es)?|zaps?|handles?|clears?|does)${S}(?:just${S}about${S}|literally${S}|practically${S}|pretty${S}much${S}|basically${S}|virtually${S})?(?:everything|anything|(?:them|it)${S}all|all${S}(?:three|four|five|of${S}(?:them|these|those))|all${S}(?:diseases|ailments|conditions|illness(?:es)?)|any${S}(?:disease|ailment|condition|illness))|(?:go${S}to|remedy|answer|solution|fix)${S}for${S}(?:literally${S}|just${S}about${S})?(?:everything|anything|all${S}that${S}ails)|(?:whatever|what)${S}ails${S}(?:you|ya|them|us)|whatever${S}ails|anything${S}that${S}ails|whatever${A}s${S}wrong|(?:over|more${S}than|\\d{2,4}\\+?)${S}(?:\\d{2,4}${S})?(?:different${S})?(?:conditions|diseases|ailments|illnesses)|everything${S}from${S}|every${S}(?:disease|ailment|illness|condition)|what${S}can${A}t${S}(?:${W}){1,2}(?:fix|cure|heal|treat)|the${S}list${S}goes${S}on|(?:answer|cure|remedy|solution)${S}(?:to|for)${S}(?:everything|anything|all${S}(?:that|your))|anything${S}(?:it|this|they|she|he)${S}can${A}t|whatever${S}(?:you${A}ve${S}got|you${S}have|is${S}wrong|ails)` },
    { id: 'cureall.list', kind: 'cure-all', pattern: `(?:cur(?:e|es|ed|ing)|heal(?:s|ed|ing)?|treat(?:s|ed|ing)?|fix(?:es|ed)?|prevent(?:s|ed)?|clear(?:s|ed)${S}up|reverse(?:s|d)?|help(?:s|ed)?${S}(?:with)?|relie(?:ve|ves|ved|f)|eliminat(?:e|es|ed)|addresses|resolve(?:s|d)?|(?:is|was)${S}(?:great|good)${S}for|uses|kit${S}for|relief${S}from)`, needs: 'list' },
    { id: 'cureall.even', kind: 'cure-all', pattern: `(?:and|or|,)${S0}even${S}(?:${W}){0,2}?(?:cancer|diabetes|autism|alzheimer${A}s|dementia|parkinson${A}s|lyme|hiv|ms|covid|heart${S}disease|lupus|tumou?rs)` },
    // disease reversal
    { id: 'reversal.verb', kind: 'disease-reversal', pattern: `reversible|gr[eo]w(?:s|n|ing)?${S}back|revers?(?:e|es|ed|d|ing|al)(?!${S}(?:total${S})?shoulder)|regrow(?:s|th|n|ing)?|regrew|re${S0}grow(?:s|th)?|regenerat(?:e|es|ed|ing|ion)|rebuild(?:s|ing)?|rebuilt|restor(?:e|es|ed|ing)|undo(?:es|ne)?|repair(?:s|ed|ing)?|dissolv(?:e|es|ed|ing)|unblock(?:s|ed)?|unclog(?:s|ged)?|shrink(?:s|ing)?|shrank|shrunk|clear(?:s|ed)?${S}(?:out${S})?(?:your${S}|the${S}|my${S})?(?:arteries|plaque)|turn(?:s|ed)?${S}back|wipe(?:s|d)?${S}away|heal(?:s|ed)?${S}(?:cavities|nerves|cartilage|discs?|the${S}(?:gut|brain|nerves))|remineraliz(?:e|es|ed)|flush(?:es|ed)?${S}(?:(?:the|your|all${S}the|all)${S})?(?:[\\p{L}]{2,20}${S})?(?:right${S})?out|went${S}back${S}to${S}stage|(?:going|goes|went|gone|moving|moved)${S}backwards?|like${S}you${S}did${S}at${S}\\d{2}|(?:brand${S})?new${S}(?:cartilage|nerves|brain${S}cells|teeth|hair)`, needs: 'health-around' },
    // A blockage said to open and an organ to grow new cells or work again: "opens heart blockages", "grows new kidney cells",
    // "my kidneys woke up", "your kidney go come back new", "Blockage in heart and veins will all open".
    { id: 'reversal.organAgain', kind: 'disease-reversal', pattern: `open(?:s|ed|ing)?${S}(?:up${S})?(?:(?:the|your|my|his|her|all|heart|arterial|artery|coronary|blocked)${S}){0,3}(?:blockages?|arteries)|gr[eo]w(?:s|n|ing)?${S}new${S}(?:[\\p{L}]{3,12}${S})?(?:cells|nephrons|tissue|cartilage|nerves|eggs|neurons)|(?:kidneys?|liver|pancreas|ovar(?:y|ies)|thyroid|nerves|nephrons)${S}(?:(?:have|has|had|just|finally|fully|will|go|don|all)${S}){0,2}(?:woke${S}up|wake${S}up|woken${S}up|came${S}back${S}(?:to${S}life|new)|come${S}back${S}(?:to${S}life|new)|started${S}working${S}again|(?:are|is)${S}working${S}again|work${S}again|began${S}working${S}again)(?![\\p{L}])|blockages?${S}(?:(?:in${S}(?:the${S}|your${S}|my${S})?(?:heart|arteries|veins)(?:${S}and${S}(?:veins|arteries))?)${S})?(?:(?:will|have|has|all|is|are|got|just|went)${S}){0,3}(?:open(?:ed)?|cleared|clear|vanish(?:ed)?|disappear(?:ed)?|to${S}zero|dissolved?)(?![\\p{L}])` },
    // A sickle-cell genotype said to change ("Converts SS to AS", "the lab retested her and she is now AS", "come and receive
    // your AA"): a West African healing-crusade and herbal-seller trope; the genotype must be named around it, and "now as"
    // must not be a comparison ("she is now as active as her brother").
    { id: 'reversal.genotype', kind: 'disease-reversal', pattern: `(?:ss${S}to${S}a[as]|(?:is${S}now|now${S}(?:shows?|reads?|is)|became|become|becomes|turned${S}(?:to${S}|into${S})?|changed${S}to|receive${S}(?:your|their|his|her))${S}(?:an${S})?a[as])(?![\\p{L}])(?!${S}(?:\\p{L}+${S})?as(?![\\p{L}])|${S}(?:well|much|many|soon|long|far|if|though|usual|ever|before|always|of)(?![\\p{L}]))(?<=(?:sickle|genotype|(?<![\\p{L}])ss(?![\\p{L}]))[^]{0,240})` },
    // Restoration: "residents get their memories back", "gave me my hearing back".
    { id: 'reversal.back', kind: 'disease-reversal', pattern: `(?:get|got|gets|getting|give|gives|gave|giving)${S}(?:(?:you|them|him|her|me|us|(?:my|his|her|their|our|your)${S}[\\p{L}]{2,20})${S})?(?:their|my|his|her|your|our|the)${S}(?:${W}){0,1}?(?:memor(?:y|ies)|sight|vision|eyesight|hearing|mobility|hair|teeth|smell|taste|sense${S}of${S}(?:smell|taste)|libido|speech|voice|balance|legs|kidney${S}function|liver${S}function)${S}back(?![\\p{L}])` },
    // An organ declared as good as new: "your arteries are clean as a whistle", "my knees feel brand new", "lungs of a 20-year-old".
    { id: 'reversal.likenew', kind: 'disease-reversal', pattern: `(?:${LIKE_NEW_ORGANS})${S}(?:are|is|were|was|look|looks|looked|feel|feels|felt|will${S}be)${S}(?:now${S}|totally${S}|completely${S}|literally${S}|basically${S}|like${S})?(?:(?:as${S})?clean${S}as${S}a${S}whistle|(?:as${S})?good${S}as${S}new|like${S}new|brand${S}new|(?:\\d{1,2}|ten|twenty|thirty|forty)${S}years${S}younger|spotless|squeaky${S}clean|unclogged|plaque${S0}free|clear${S}of${S}plaque|(?:those${S}|that${S})?of${S}a${S}(?:teenager|\\d{2}${S0}-?${S0}year${S0}-?${S0}old))` +
      // the organ working again as a new one ("her kidneys are working like new", "makes your pancreas work like a 20-year-old's again")
      `|(?<=(?:${LIKE_NEW_ORGANS})${S}(?:(?:are|is|was|were|now|started|starts|start|began|begins|will|to)${S}){0,2})(?:working|functioning|works?|functions?)${S}(?:(?:just|exactly|again)${S})?like${S}(?:new|brand${S}new|a${S}(?:teenager${A}?s?|young${S}(?:man${A}?s?|woman${A}?s?)|(?:\\d{2}|twenty|thirty)${S0}-?${S0}year${S0}-?${S0}old${A}?s?))(?![\\p{L}])` },
    // vaccine alternative
    { id: 'vax.alt', kind: 'vaccine-alternative', pattern: `(?:alternative|alternatives|substitute|replacement|swap)${S}(?:to|for)|in${S}place${S}of|why|(?:don${A}t|dont|do${S}not|doesn${A}t|never)${S}need|pointless|>|instead${S}of|rather${S}than|(?:better|stronger|safer|healthier|more${S}effective|more${S}powerful|superior)${S}(?:than|to)|(?:same|same${S}level${S}of)${S}(?:protection|immunity)(?:${S}as)?|(?:just${S})?as${S}(?:good|effective|well|strong)${S}as|(?:don${A}t|dont|do${S}not|never|why)${S}(?:get|take|bother|risk)|skip(?:ped)?|ditch(?:ed)?|forget(?:${S}about)?|refuse(?:d)?|declin(?:e|ed)|dodg(?:e|ed)|pass(?:ed)?${S}on|say${S}no${S}to|opt(?:ed)?${S}out${S}of|(?:won${A}t|will${S}not|wouldn${A}t|no${S}longer|never${S}again)${S}need|no${S}need${S}for|no${S}more|(?:nature${A}s|natures|natural|herbal|homeopathic)|replac(?:e|es|ed|ing)|who${S}needs|without(?!${S}(?:(?:your|their|a|an|his|her|parental|written)${S})?(?:consent|permission|appointments?|insurance|prescriptions?|cost|charge|waiting)(?![\\p{L}]))|unnecessary`, needs: 'vaccine' },
    { id: 'vax.natural', kind: 'vaccine-alternative', pattern: `(?:build(?:s|ing)?|natural|real|lifelong)${S}(?:protection|immunity)${S}(?:against|to|from)${S}(?:${W}){0,2}(?:measles|mumps|rubella|polio|pertussis|whooping${S}cough|chickenpox|tetanus|rabies|typhoid|yellow${S}fever|hepatitis|hpv|meningitis|flu|covid|shingles|pneumonia|diphtheria)|protects?${S}(?:you${S}|kids${S}|children${S})?against${S}(?:measles|mumps|rubella|polio|pertussis|whooping${S}cough|chickenpox|tetanus|rabies|typhoid|yellow${S}fever|diphtheria)|(?:natural|real)${S}immunity|homeoprophylaxis|nosodes|(?:vaccines?|vaxx?|shots?|jabs?|needle)${S0}free|vaccine${S0}(?:replacement|alternative)|get${S}jabbed|(?:the${S})?same${S}thing${S}(?:as${S}(?:a${S}|the${S})?(?:shot|vaccine)|naturally)|does${S}the${S}same${S}thing|same${S}protection|(?:safer|better|healthier|smarter|natural|gentler)${S}way${S}to${S}(?:get|build|gain|develop)${S}(?:${W}){0,1}?(?:immunity|protection)|(?:pox|chicken${S0}pox|measles|flu)${S}part(?:y|ies)|(?:works|acts|working|acting)${S}(?:just${S})?like${S}a${S}(?:natural${S})?(?:vaccine|flu${S}shot|jab)|(?:never|don${A}t|didn${A}t|won${A}t|refuse${S}to|chose${S}not${S}to|decided${S}not${S}to)${S}(?:ever${S})?vaccinat(?:e|ed|ing)${S}(?:${W}){0,3}?(?:and|but|yet)${S}(?:${W}){0,3}?(?:never|healthy|healthier|thriving|fine|zero|not${S}(?:once|a${S}single))` },
    // What replaces a vaccination just refused: "we never vaccinated, we just do essential oils", "…are all the immunity they need",
    // "a safer, natural alternative", "work just as well".
    { id: 'vax.substitute', kind: 'vaccine-alternative', pattern: `(?:we|i)${S}(?:just${S}|only${S}|simply${S})?(?:use|do|give|take|rely${S}on|stick${S}(?:to|with)|went${S}with|go${S}with|trust)(?![\\p{L}])|(?:our|my)${S}(?:kids|children|family|babies|baby|son|daughter|boys|girls|little${S}ones|household)${S}(?:just${S}|only${S})?(?:get|gets|take|takes|use|uses)(?![\\p{L}])|all${S}the${S}(?:immunity|protection|defen[cs]es?)${S}(?:[\\p{L}'\\u2019]{1,20}${S}){0,2}needs?|(?:natural|safer|better|healthier|gentler)${S0},?${S}(?:(?:natural|safer|better|healthier|gentler)${S})?(?:alternative|way${S}to${S}(?:protect|immuni[sz]e|build|boost))|for${S}(?:immunity|protection)${S}instead|(?:work|works|worked|does|do|did)${S}(?:just${S})?as${S}well|(?:=|is|are)${S}(?:our|my|your|their)${S}(?:[\\p{L}'\\u2019]{1,20}${S})?(?:flu${S})?(?:shot|vaccine|jab)`, needs: 'vaccine-refused' },
    // A remedy named as the writer's own vaccine, the phrase closing its clause: "elderberry is our family's flu shot", "= my vaccine 💪".
    { id: 'vax.own', kind: 'vaccine-alternative', pattern: `(?:=|is|are|was|were)${S}(?:our|my|your|their|nature${A}s|natures|god${A}s)${S}(?:[\\p{L}'\\u2019]{1,20}${S})?(?:(?:natural|real|own|original)${S})?(?:flu${S}|covid${S})?(?:shot|vaccine|vaccination|jab|immuni[sz]ation)s?(?![\\s\\u00a0]{0,3}[\\p{L}\\p{N}])` },
    // A food or remedy called the vaccine, not a vaccine called the best one ("Breastmilk IS baby's vaccine", "Elderberry and zinc,
    // that's your vaccine", "Meat is the best vaccine there is"; "The MMR is the best vaccine we have" names a vaccine first).
    { id: 'vax.metaphor', kind: 'vaccine-alternative', pattern: `(?<!(?:${V})(?![\\p{L}])[^.!?\\n]{0,40})(?:is|was|(?:that|it|this|here|nature|god)${A}s)${S}(?:your|baby${A}s|babies${A}?|the${S}(?:best|only|real|original|first|perfect)|nature${A}s|god${A}s)${S}(?:(?:natural|real|own|original|best|only)${S})?vaccines?(?:(?![\\s\\u00a0]{0,3}[\\p{L}\\p{N}])|(?=${S}(?:there${S}is|there${A}s|out${S}there|ever|on${S}earth)(?![\\p{L}])))` },
    // suppressed knowledge
    // An authority of medicine that hides, hates or is paid against a remedy: "Derms HATE this", "your neurologist is paid by
    // pharma", "what your endocrinologist isn't telling you", "the FDA keeps quiet about". The authority is read behind its
    // predicate, so the predicate's words, not every word an -ologist's stem allows, trigger the rule; "won't admit it" alone
    // counts only in a flagged text (flagged.hidden).
    {
      id: 'supp.authority',
      kind: 'suppressed-knowledge',
      pattern: `(?<=(?<![\\p{L}])(?:doctors?|docs|physicians|[a-z]{3,14}ologists?|[a-z]{3,10}iatrists?|derms|pts|surgeons?|dentists?|pharmacists|hospitals?|treatment${S}cent(?:er|re)s|med(?:ical)?${S}schools?|medical${S}(?:establishment|industry|system|community|journals)|mainstream(?:${S}(?:medicine|journals|science))?|journals|(?:big${S}|the${S})?pharma|drug${S}(?:companies|industry|makers)|pharmaceutical${S}(?:companies|industry)|(?:the${S})?(?:fda|cdc|ada|ama|who|nih|nhs|tga|mhra|government)|the${S}(?:cancer|diabetes|dental|medical)${S}industry|(?:modern|western|conventional)${S}medicine|endos?|gps?)${S}(?:(?:just|still|really|secretly|actually|all|have|has|been|are|is|will|would)${S}){0,2})(?:` +
        `hates?${S}(?:this|it|these|them|him|her)|(?:are|is)${S}(?:scared|afraid|terrified)${S}(?:of${S}this|to${S}(?:mention|admit|talk))|(?:are|is|get|gets|got)${S}paid${S}(?:off${S})?by${S}(?:big${S})?(?:pharma|drug${S}companies|the${S}(?:industry|drug${S}companies))` +
        `|(?:don${A}t|doesn${A}t|won${A}t|will${S}never|never|refuse${S}to|refuses${S}to|isn${A}t|aren${A}t|hasn${A}t|haven${A}t|wouldn${A}t)${S}(?:even${S})?(?:mention(?:ed|ing)?|teach(?:ing)?|publish(?:ing)?|print(?:ing)?|talk(?:ing)?${S}about|telling${S}you|told${S}you|share${S}(?:this|it)|want${S}(?:this|it|that)${S}(?:out|pinned|legal|known|studied))` +
        `|(?:hides?|hid|hiding|bur(?:y|ies|ied)|suppress(?:es|ed)?|keeps?${S}quiet${S}about|kept${S}quiet${S}about|(?:has|have)${S}(?:been${S})?(?:lying|hiding)|(?:is|are)${S}lying|lied${S}to${S}you|secretly${S}use)` +
        // "never mentions iodine", "the TGA won't let the truth out", "cardiologists are paid not to talk about", "the drug
        // companies cover up", "the TGA is just protecting the drug companies", "the FDA protects pharma profits", "the remedy
        // doctors forgot on purpose"
        `|(?:never|rarely)${S}mentions|(?:won${A}t|will${S}never|never|don${A}t|doesn${A}t)${S}let${S}(?:you${S}know|the${S}truth${S}out|(?:(?:us|u\\.s\\.|american|uk|british|our|your|local)${S})?doctors${S}(?:offer|prescribe|use|tell)|it${S}(?:out|be${S}sold|on${S}the${S}market))` +
        `|(?:are|is|get|gets|got)${S}paid${S}(?:not${S}to${S}(?:talk|mention|tell|say|share)|to${S}(?:hide|bury|keep${S}quiet))|cover(?:s|ed|ing)?${S}(?:it${S}|this${S}|that${S})?up` +
        `|protect(?:s|ing)?${S}(?:the${S})?(?:drug${S}companies|(?:big${S})?pharma(?:${S}profits)?|their${S}profits|industry${S}profits)|forgot${S}(?:about${S}(?:it${S})?)?on${S}purpose` +
        `|(?:profits?|makes?${S}money|make${S}(?:a${S}fortune|billions))${S}(?:when|while|off|from)${S}(?:you|people|patients|us)${S}(?:(?:are|stay|staying|being|get|getting)${S})?(?:sick|ill|sicker))(?![\\p{L}])`,
    },
    // The suppressor's motive is money ("because there's no money in it", "healthy people don't make them money", "Big Pharma
    // doesn't profit when you heal", "they just want your money"), said of doctors, pharma or the system before it.
    { id: 'supp.profit', kind: 'suppressed-knowledge', pattern: `(?:no${S}money${S}in${S}(?:it|that|this|curing|healing)|(?:don${A}t|doesn${A}t|won${A}t|can${A}t|cannot)${S}(?:make|making)${S}(?:them${S}|any${S}|much${S}|enough${S})?money|(?:profits?|profiting|makes?${S}money|making${S}money)${S}(?:from|off|when|on)${S}(?:keeping${S}(?:you|us|people|patients|it|them)|you${S}(?:stay|staying|being)${S}sick|sick${S}people|your${S}(?:illness|sickness|disease|pain))|(?:doesn${A}t|don${A}t)${S}profit${S}(?:when|if)${S}(?:you|people|patients)${S}(?:heal|get${S}better|recover)|fewer${S}patients${S}for${S}them|healthy${S}people${S}(?:don${A}t|do${S}not)${S}make${S}(?:them|anyone)${S}money|(?:just|only)${S}(?:want|wants|after)${S}(?:your|yuh|ur)${S}money)(?![\\p{L}])(?<=(?<![\\p{L}])(?:doctors?|docs?|gps?|dentists?|surgeons?|physicians|[a-z]{3,14}ologists?|pharma|big${S0}pharma|drug${S}companies|hospitals?|the${S}(?:system|industry|fda|government)|medical${S}(?:system|industry|establishment)|western${S}medicine|they|them)(?![\\p{L}])[^.!?\\n]{0,120})` },
    // Censorship as a sales pitch: "Watch before YouTube deletes it!!", "share before it's taken down".
    { id: 'supp.censored', kind: 'suppressed-knowledge', pattern: `before${S}(?:they|youtube|facebook|meta|tiktok|instagram|google|twitter|big${S}tech|the${S}(?:fda|cdc|government|censors|algorithm))${S}(?:delete|remove|ban|take|censor|shadowban|pull)\\p{L}{0,3}(?:${S}(?:it|this|them|me|my${S}(?:video|post|page|account))){0,2}(?![\\p{L}])|before${S}(?:it${A}s|it${S}(?:is|gets)|this${S}(?:is|gets))${S}(?:deleted|removed|banned|taken${S}down|censored|pulled)` },
    { id: 'supp.know', kind: 'suppressed-knowledge', pattern: `(?<!(?:i|we|i${A}ll|we${A}ll|i${S}will|we${S}will|i${A}d|we${A}d)${S})(?:don${A}t|dont|do${S}not|doesn${A}t|does${S}not|didn${A}t|did${S}not|won${A}t|wont|will${S}never|never|would${S}never|will${S}not)${S}(?:ever${S})?(?:want${S}(?:(?:it|this|that|them|these)${S}(?:[\\p{L}]{2,20}${S})?)?(?:in${S}your${S}hands|on${S}the${S}(?:market|shelves)|printed|published|on${S}(?:tv|air|the${S}(?:news|air|internet))|in${S}the${S}news|made${S}public|getting${S}out|going${S}viral|to${S}go${S}viral|out${S}there)(?![\\p{L}])|want${S}(?:seniors|vapers|smokers|diabetics|americans|aussies|brits|canadians|mothers|mums|moms|dads|fathers|athletes|runners|lifters|kids|children|teens|girls|guys|ladies|veterans|vets|sufferers|customers|readers|viewers|listeners|followers|families|folks|everyone|everybody|the${S}masses|(?:cancer|diabetes|heart|thyroid|arthritis|lupus|ms|autism|adhd|pcos)${S}(?:patients|sufferers|moms|parents))${S}to${S}(?:know|find${S}out)(?![\\p{L}])|want${S}(?:you|u|ya|me|people|patients|parents|moms|women|men|anyone|us|the${S}public|consumers)${S}(?:to${S}(?:know|find(?:${S}out)?|hear|see|learn|discover|try|read|watch|have|use|get)|(?:knowing|finding${S}out|hearing|seeing|learning|discovering|trying|reading|watching))|tell${S}you|tells${S}you|talk${S}about|mention|share(?=${S}(?:this|it|that|these|the${S}truth|the${S}cure|with${S}(?:you|patients|us|the${S}public)))|admit|say${S}(?:it|this|that|so)|teach${S}(?:you${S})?(?:this|that|it)${S}in${S}(?:med|medical|nursing)${S}school|want${S}(?:this|it|that|the${S}truth|people${S}(?:knowing|finding${S}out))${S}(?:getting|to${S}get)${S}out)|(?:hid(?:ing|den|es|e)?(?!${S}(?:ingredients?|drugs?|substances?|sugars?|fees?|costs?|charges?|camera|cameras|gems?|figures?))|buried|bury(?:ing)?|suppress(?:ed|ing|es)?|cover(?:ed|ing)?${S}up|covered${S}it${S}up|kept${S}(?:it${S})?(?:quiet|secret|hidden)|keep(?:ing)?${S}(?:it${S})?(?:quiet|secret|hidden)|silenc(?:e|ed|ing)|censor(?:ed|ing)?|banned|ban)|#?big${S0}pharma[\\p{L}_]{0,20}|(?:industry|establishment|mafia|cartel)(?<=the${S}(?:[\\p{L}\\p{N}'\\u2019\\-]{1,20}${S0})?(?:industry|establishment|mafia|cartel))|(?:secret|truth)${S}(?:that${S})?(?:doctors|pharma|the${S}fda|they|dentists|dermatologists|hospitals)|doctors${S}(?:hate|are${S}furious|are${S}stunned)|they${S}(?:can${A}t|cannot)${S}patent|(?:one${S}weird|this${S}one|simple)${S}trick|what${S}(?:${W}){0,2}(?:won${A}t|don${A}t|will${S}never)|keeps?${S}(?:you|us|people|patients|them|everyone)${S}sick|keeping${S}(?:you|us|people|patients|them)${S}sick|(?:put|keep|kept)${S}(?:them|him|her|doctors|pharma|hospitals|the${S}industry)${S}(?:in|out${S}of)${S}business|(?:scrubbed|deleted|erased|memory${S}holed|buried)${S}(?:the${S}|all${S}the${S}|those${S}|these${S})?(?:studies|data|research|evidence|papers|reports|trials)|secret${S}(?:${W}){0,2}?(?:trick|remedy|formula|hack|protocol)(?![\\p{L}])|follow${S}the${S}money|keep${S}(?:${W}){0,2}from${S}(?:their|your)|(?:tried|trying|want|wanted)${S}to${S}(?:keep|hide|ban|bury|suppress|silence|censor|discredit|shut${S}(?:me|us|him|her|them|it|this)${S}down)|before${S}they${S}(?:delete|ban|remove|take)|told${S}not${S}to${S}(?:mention|tell|talk)|(?:keep(?:s|ing)?|kept)${S}(?:this|it|that|the${S}truth|these${S}[\\p{L}]{1,20})${S}(?:${W}){0,2}?from${S}(?:you|patients|us|the${S}public|everyone)|(?:isn${A}t|aren${A}t|is${S}not|are${S}not|haven${A}t${S}been|hasn${A}t${S}been)${S}(?:telling|told)${S}(?:you|patients|us)(?:${S}(?:about|the${S}truth|this|that)|(?=${S0}(?:[.!?,;:]|$)))|ignor(?:e|es|ed|ing)${S}(?:the|this|that|these)${S}(?:real${S}|natural${S}|simple${S}|cheap${S})?(?:cause|cures?|remed(?:y|ies)|fix)(?![\\p{L}])|(?:pray|prays|praying|hope|hopes|hoping)${S}(?:you|people|patients|nobody|no${S}one)${S}(?:never${S}|don${A}t${S}|won${A}t${S})?(?:find${S}out|discover|learn|hear|finds${S}out|discovers)|threaten(?:s|ed)?${S}(?:their|pharma${A}s|big${S0}pharma${A}s|the${S}industry${A}s|the${S}(?:medical|drug)${S}industry${A}s)${S}(?:profits?|bottom${S}line|business|billions)|(?:know|knows|knew)${S}(?:(?:it|this|the${S}truth)${S})?(?:and|but)${S}(?:says?|said|does|do|did)${S}nothing|(?:fired|struck${S}off|arrested|discredited|lost${S}(?:his|her|their)${S}licen[cs]e)${S}for${S}(?:revealing|exposing|sharing|telling|talking${S}about|speaking${S}out|curing)|(?:push|pushing|pushes)${S}(?:more${S})?(?:pills|drugs|meds|prescriptions)(?![\\p{L}])|want${S}(?:you|us|people|patients)${S}(?:dependent|hooked|sick|coming${S}back)|(?:mainstream|conventional|western)${S}medicine${S}(?:ignores|won${A}t|doesn${A}t|hides|refuses)|why${S}(?:won${A}t|doesn${A}t|don${A}t|didn${A}t|never)${S}(?:your${S})?(?:doctor|doctors|dentist|gp)|(?:paid|bribed)${S}to${S}(?:keep|hide|ignore)|(?:hate|are${S}(?:scared|afraid|furious|terrified|baffled)|furious|livid|baffled|stunned|fear)(?<=(?:ists|ians|ors|ons|makers|companies|insurers|manufacturers|doctors|pharma|gps|docs)${S}(?:hate|are${S}[\\p{L}]{4,9}|furious|livid|baffled|stunned|fear))|(?:laugh${S}at|mock|ridicule|scoff${S}at|dismiss)(?=${S}(?:it|this|these|them|that|the${S}(?:idea|notion)|natural|herbal|us))(?<=(?:ists|ians|ors|ons|doctors|pharma|gps|docs)${S}(?:laugh${S}at|mock|ridicule|scoff${S}at|dismiss))|(?:if|once|before)${S}(?:this|it|the${S}truth|word|the${S}secret)${S}(?:ever${S})?(?:got|gets|get)${S}out|would${S}lose${S}(?:billions|millions)|(?:were|are|was|is|get|got)${S}(?:trained|taught|told|paid)${S}to${S}(?:ignore|dismiss|overlook)(?![\\p{L}])|(?:not|aren${A}t|isn${A}t|never)${S}allowed${S}to${S}(?:tell|say|mention|talk|share)|forbidden|(?:no${S}one|nobody)${S}wants${S}(?:you|u|ya|people|patients|the${S}public)${S}to${S}(?:know|find${S}out|hear|see|learn|discover)|(?:why${S}(?:isn${A}t|is${S}no${S}one|is${S}nobody)${S}(?:anyone${S}|anybody${S})?|(?:no${S}one|nobody)${S}(?:is${S}|${A}s${S})?)talking${S}about${S}(?:this|it|that)(?![\\p{L}])|never${S}hear${S}(?:about${S})?(?:this|it|that)(?![\\p{L}])|(?:can${A}t|cannot|won${A}t|couldn${A}t)${S}(?:make${S}(?:any${S})?money|profit)${S}(?:off|from|on)|do${S}your${S}own${S}research|(?:fda|cdc|nih|pharma|big${S0}pharma|the${S}government|the${S}industry|they|doctors)${S}(?:(?:has|have|had|just)${S})?(?:been${S})?(?:sat|sitting|sit)${S}on${S}(?:it|this|that|the${S}(?:cure|data|studies|research|results|evidence|findings))(?![\\p{L}])|(?:been|being|were|was|are)${S}lied${S}to|before${S}(?:this|it)${S}(?:gets|is)${S}(?:deleted|taken${S}down|banned|removed|censored)|before${S}(?:it${A}s|it${S}is|this${S}is|they${S}(?:take|delete|ban))${S}(?:taken${S}down|deleted|banned|removed|censored|pulled|gone|it)|(?:got|gets|keeps?${S}getting|been|was${S}(?:already${S})?)${S}(?:taken${S}down|deleted|banned|censored|shadow${S0}banned|pulled)${S}(?:(?:twice|again|(?:\\d|two|three|four|five)${S}times)(?![\\p{L}])|by${S}(?:facebook|youtube|instagram|tiktok|google|the${S}(?:fda|cdc|government)|big${S0}(?:tech|pharma)))` },
    // fda approval
    // Another country's medicines regulator: "TGA approved", "Health Canada approved", "approved by the Medicines Control Council".
    { id: 'fda.regulator', kind: 'fda-approval', pattern: `(?:${REGULATORS})${S0}(?:a+p+rove?d|cleared|certified|licen[cs]ed|registered(?!${S}(?:facility|facilities|manufacturer|manufacturing|lab|labs|laboratory|plant|establishment|site|pharmacy|pharmacist|nurse|practitioner))|backed|endorsed|approval|clearance)|(?:approved|cleared|certified|endorsed|backed|licen[cs]ed)${S}by${S}(?:the${S})?(?:${REGULATORS})(?![\\p{L}])|(?:${REGULATORS})${S}(?:has${S})?(?:approved|cleared|certified|endorsed)|(?:${REGULATORS})${S}approve${S}am` },
    { id: 'fda.approved', kind: 'fda-approval', pattern: `fda${S0}(?:a+p+rove?d|cleared|certified|registered(?!${S}(?:facility|facilities|manufacturer|manufacturing|lab|labs|laboratory|plant|establishment|site))|backed|endorsed|recognized|approval|clearance|listed)|(?:approved|cleared|certified|endorsed|backed)${S}by${S}(?:the${S})?(?:fda|food${S}and${S}drug${S}administration)|fda${S}(?:has${S})?(?:approved|cleared|certified|endorsed)|received${S}(?:${W})?fda${S}approval` },
    // The words of other languages that English health marketing in South Asia, East and West Africa and the Philippines mixes
    // in (docs/architecture.md, "Code-switched English"): Hindi-Urdu and Bengali "ilaj" (cure), "jad se" (from the root),
    // "hamesha ke liye" (forever), "gayab" (gone), "X ki zaroorat nahi" (no need of X), "bina" (without); Swahili "hakuna
    // haja ya" (no need of); Tagalog "hindi na kailangan ng" (no longer needs), "gumaling" (got well). Only the words that make
    // the claim; the health object or the treatment is read as in English ("Dengue ka 100% ilaaj", "Operation ki zaroorat nahi").
    { id: 'cs.cure', kind: 'cure', pattern: `(?<!koi${S}(?:[\\p{L}]{1,12}${S})?)(?:${HUNDRED}|pakk?a|pukka|mukammal|guaranteed|permanent|sure)${S}(?:ilaa?j|ilaaz|ilaz|elaj)(?![\\p{L}])` },
    { id: 'cs.cureAll', kind: 'cure-all', pattern: `(?:har|sab|sob|sabhi|tamam)${S}(?:(?:purani|qism${S}ki|tarah${S}ki)${S})?(?:marz|marzon|mar[zj]|bimari|bimariyon|beemari|bemari|rog|rogon|rog${S}er)(?:${S}(?:ka|ki|ke|er))?${S}(?:ek${S}(?:hi${S})?)?(?:ilaa?j|ilaaz|dawa|dawai|somadhan|shifa)(?![\\p{L}])` },
    { id: 'cs.perm', kind: 'permanence', pattern: `(?:jadd?|jarh?)${S}se(?![\\p{L}])|hamesha${S}ke${S}liye|chirotore|milele`, needs: 'health-around' },
    { id: 'cs.gone', kind: 'cure', pattern: `(?:gaa?yab|khatam|khatm|nawala|gumaling|imepona|amepona)(?![\\p{L}])`, needs: 'health-around' },
    { id: 'cs.noNeed', kind: 'treatment-replacement', pattern: `(?:ki|ka)${S}(?:koi${S})?(?:zaroorat|zarurat|jaroorat|jarurat|zarorat)(?:${S}(?:hi|bhi))?${S}(?:nahi|nahin|nai|khatam)(?![\\p{L}])|lagbe${S}na(?![\\p{L}])|thevai${S}illai|(?:band|bandh)${S}kar${S}(?:do|dein|den|dijiye|diya)(?![\\p{L}])|chh?o[dr]${S}(?:do|dein|den|dijiye|diya)(?![\\p{L}])`, needs: 'treatment-before' },
    { id: 'cs.noNeedBefore', kind: 'treatment-replacement', pattern: `(?:hindi|di)${S}na${S}(?:kailangan|kelangan)(?:${S}(?:ng|pa${S}ng|mag))?|hakuna${S}haja${S}(?:ya|ni)|hu(?:ta)?hitaji|(?:bina|bila)(?=${S}(?:${T})(?![\\p{L}]))`, needs: 'treatment' },
    { id: 'cs.untold', kind: 'suppressed-knowledge', pattern: `(?:doctors?|daktar${S0}ra|doktor|pharma(?:${S}companies)?)${S}(?:${W}){0,3}?(?:kabhi${S})?(?:nahi|nahin|na)${S}(?:batate|batayenge|bataenge|bataate|bataega|chahte|chahenge|bolbe)(?![\\p{L}])` },
    { id: 'cs.instant', kind: 'instant-results', pattern: `pehle${S}(?:hi${S})?din|(?:\\d{1,2}|ek|do|teen|char|paanch|saat|das)${S}(?:din|dino|ghante|ghanton|minute|minat)${S}(?:mein|me|main)(?![\\p{L}])` },
  ],
  meta: {
    cure: {
      why: 'A promise of a cure misleads patients into relying on it instead of proven care.',
      reference: 'FTC Act §5; FTC Health Products Compliance Guidance (2022); 21 U.S.C. 352 (FD&C Act, misbranding)',
      suggestion: 'describe what the treatment can do for most patients, with evidence, and that results vary',
    },
    miracle: {
      why: 'A "miracle" is an unrealistic promise, a classic health-fraud red flag.',
      reference: 'FTC Act §5; FDA "Health Fraud Scams" red flags',
      suggestion: 'describe the actual, typical benefit instead',
    },
    guarantee: {
      why: 'No treatment can guarantee a health outcome; a guarantee misleads patients.',
      reference: 'FTC Act §5; FTC Health Products Compliance Guidance (2022)',
      suggestion: 'state the results patients generally get and that results vary',
    },
    'universal-efficacy': {
      why: 'No treatment works for everyone; a universal promise misleads the patients it will not help.',
      reference: 'FTC Act §5; FTC Health Products Compliance Guidance (2022)',
      suggestion: 'give the actual success rate with its source',
    },
    'zero-risk': {
      why: 'Every treatment has risks; claiming none keeps patients from an informed decision.',
      reference: 'FTC Act §5; 21 U.S.C. 352(a) (false or misleading labeling)',
      suggestion: 'describe the common side effects and risks, or link to them',
    },
    permanence: {
      why: 'An unrealistic promise of permanent results misleads patients about what to expect.',
      reference: 'FTC Act §5; FTC Health Products Compliance Guidance (2022)',
      suggestion: 'say what most patients experience and that results vary',
    },
    'treatment-replacement': {
      why: 'Telling patients to stop or replace proven treatment can cause serious harm.',
      reference: 'FTC Act §5; FDA "Health Fraud Scams" red flags',
      suggestion: 'say that patients should not change their treatment without their doctor',
    },
    'instant-results': {
      why: 'A promise of instant or overnight results is an unrealistic, misleading claim.',
      reference: 'FTC Act §5; FTC Health Products Compliance Guidance (2022)',
      suggestion: 'state a realistic timeline and that results vary',
    },
    'effortless-weight-loss': {
      why: 'Weight loss without diet or exercise is one of the FTC\'s "gut check" false claims.',
      reference: 'FTC Act §5; FTC "Gut Check: A Reference Guide for Media on Spotting False Weight Loss Claims"',
      suggestion: 'describe the program (diet, activity, medication) and typical results',
    },
    'cure-all': {
      why: 'A product that treats many unrelated diseases is a classic health-fraud red flag.',
      reference: 'FTC Act §5; FDA "Health Fraud Scams" red flags',
      suggestion: 'name only the condition the evidence supports, with its source',
    },
    'disease-reversal': {
      why: 'Claiming to reverse a disease or regrow tissue promises what the evidence does not support.',
      reference: 'FTC Act §5; FTC Health Products Compliance Guidance (2022); 21 U.S.C. 352',
      suggestion: 'describe the evidence-based benefit (e.g. slows or manages symptoms), with its source',
    },
    'vaccine-alternative': {
      why: 'Presenting a product as an alternative to vaccines can leave patients unprotected.',
      reference: 'FTC Act §5; FDA "Health Fraud Scams" red flags; 21 U.S.C. 352',
      suggestion: 'remove the comparison with vaccines; refer patients to their clinician about vaccination',
    },
    'suppressed-knowledge': {
      why: '"What doctors don\'t want you to know" is a conspiracy appeal, a health-fraud red flag.',
      reference: 'FTC Act §5; FDA "Health Fraud Scams" red flags',
      suggestion: 'state the benefit and cite its evidence instead',
    },
    'fda-approval': {
      why: "A claim of FDA (or another medicines regulator's) approval or clearance must be true and specific; unsupported, it misleads patients.",
      reference: '21 U.S.C. 331, 352(o); 21 CFR 807.39 (clearance is not approval); FTC Act §5',
      suggestion: "cite the regulator's listing (an FDA approval or 510(k) number, an ARTG or DIN number…, with the approved use) in the references, or remove it",
    },
    custom: {
      why: "This phrase is on this site's list of prohibited phrases.",
      reference: "Site lexicon (plugin config: lexicon.add)",
      suggestion: 'remove or rephrase it',
    },
  },
};
