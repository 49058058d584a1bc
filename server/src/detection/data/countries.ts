/**
 * Countries and world regions in English and Spanish, lower case, with and without accents: they
 * are larger than a state, so never an identifier, even after a strong place cue ("moved to
 * Honduras", "vivo en Estados Unidos"). Compiled by hand; see ./README.md.
 */
export const COUNTRIES = `afghanistan
africa
albania
algeria
alemania
america
américa
argentina
armenia
asia
australia
austria
bahamas
bangladesh
belgium
bélgica
belgica
belize
belice
bolivia
brazil
brasil
bulgaria
cambodia
camboya
cameroon
canada
canadá
centroamérica
centroamerica
central america
chile
china
colombia
congo
costa rica
croatia
cuba
czech republic
denmark
dinamarca
dominican republic
república dominicana
republica dominicana
ecuador
egypt
egipto
el salvador
england
inglaterra
españa
espana
spain
estados unidos
ethiopia
etiopía
europe
europa
fiji
filipinas
philippines
finland
france
francia
gambia
the gambia
germany
ghana
greece
grecia
guatemala
guyana
haiti
haití
holland
honduras
hong kong
hungary
india
indonesia
iran
iraq
ireland
irlanda
israel
italy
italia
jamaica
japan
japón
japon
jordan
kenya
korea
corea
laos
latin america
latinoamérica
latinoamerica
lebanon
líbano
liberia
malaysia
méxico
mexico
morocco
marruecos
myanmar
nepal
netherlands
new zealand
nicaragua
nigeria
north america
norteamérica
norteamerica
norway
noruega
pakistan
pakistán
palestine
panama
panamá
paraguay
peru
perú
poland
polonia
portugal
puerto rico
romania
russia
rusia
saudi arabia
scotland
escocia
senegal
sierra leone
somalia
south africa
south america
sudamérica
sudamerica
suramérica
south korea
sri lanka
sudan
sweden
suecia
switzerland
suiza
syria
siria
taiwan
thailand
tailandia
the caribbean
caribbean
caribe
the states
trinidad
turkey
turquía
uganda
ukraine
ucrania
united kingdom
united states
uruguay
us
usa
u.s.
uk
venezuela
vietnam
wales
yemen
zimbabwe
azerbaijan
bahrain
barbados
belarus
bhutan
bosnia
botswana
burkina faso
burma
burundi
cape verde
cyprus
djibouti
eritrea
estonia
iceland
ivory coast
kazakhstan
kosovo
kuwait
kyrgyzstan
latvia
libya
lithuania
madagascar
malawi
micronesia
moldova
mongolia
montenegro
mozambique
namibia
north macedonia
oman
papua new guinea
qatar
rwanda
serbia
singapore
slovakia
slovenia
south sudan
tajikistan
tanzania
tonga
trinidad and tobago
tunisia
turkmenistan
united arab emirates
uzbekistan
zambia`;
