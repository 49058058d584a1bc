/**
 * Places of Puerto Rico (its 78 municipalities and the San Juan neighbourhoods people name), and
 * cities of Mexico, Central America, the Spanish-speaking Caribbean and northern South America
 * where US Spanish-speaking patients come from. Lower case, with and without accents. Compiled by
 * hand from the official municipality lists (facts, no licence needed); see ./README.md. City
 * names that are also a state or a common given name are left out (state-level places are not
 * identifiers, and "gracias a Victoria" is a person).
 */
export const LATIN_PLACES = `acapulco
acayucan
adjuntas
agua prieta
aguada
aguadilla
aguas buenas
aibonito
alajuela
altamira
ameca
anasco
apatzingan
apatzingán
apodaca
arecibo
arequipa
atlixco
autlan
autlán
azcapotzalco
añasco
bani
baní
barceloneta
barquisimeto
barranquilla
barranquitas
bayamon
bayamón
bogota
bogotá
bucaramanga
cabo rojo
caguas
cali
camaguey
camagüey
camuy
cancun
cancún
canovanas
canóvanas
caparra
caracas
cartagena
catano
cataño
cayey
cdmx
ceiba
celaya
chalco
chetumal
chilpancingo
chinandega
cholula
choluteca
ciales
cidra
cienfuegos
ciudad acuna
ciudad acuña
ciudad de mexico
ciudad de méxico
ciudad del carmen
ciudad juarez
ciudad juárez
ciudad madero
ciudad mante
ciudad obregon
ciudad obregón
ciudad valles
ciudad victoria
coamo
coatzacoalcos
comayagua
comerio
comerío
comitan
comitán
corozal
coyoacan
coyoacán
cuautitlan
cuautitlán
cuenca
cuernavaca
culebra
culiacan
culiacán
delicias
dolores hidalgo
dorado
ecatepec
ensenada
escuintla
fajardo
fresnillo
gomez palacio
granada
guadalajara
guanica
guasave
guayama
guayanilla
guayaquil
guaymas
guaynabo
gurabo
guánica
gómez palacio
habana
hatillo
hato rey
heredia
hermosillo
higuey
higüey
holguin
holguín
hormigueros
huatulco
huehuetenango
humacao
iguala
irapuato
isla verde
ixtapaluca
iztacalco
iztapalapa
jayuya
jiquilpan
juana diaz
juana díaz
juchitan
juchitán
juncos
la ceiba
la habana
la romana
la vega
lagos de moreno
lajas
lares
las marias
las marías
las piedras
levittown
lima
linares
loiza
los mochis
loíza
luquillo
managua
manati
manatí
manzanillo
maracaibo
maricao
masaya
matagalpa
matamoros
matanzas
matehuala
maunabo
mayaguez
mayagüez
mazatlan
mazatlán
medellin
medellín
merida
mexicali
minatitlan
minatitlán
mixco
moca
monclova
montemorelos
monterrey
morelia
morovis
mérida
naguabo
naranjito
naucalpan
navojoa
nezahualcoyotl
nezahualcóyotl
nuevo laredo
ocean park
ocotlan
ocotlán
orizaba
orocovis
pachuca
papantla
parral
patillas
penuelas
pereira
peñuelas
piedras negras
pinar del rio
pinar del río
playa del carmen
ponce
poza rica
puerta de tierra
puerto plata
puerto vallarta
quebradillas
quetzaltenango
quito
reynosa
rincon
rincón
rio bravo
rio grande
rio piedras
rioverde
rosarito
río bravo
río grande
río piedras
sabana grande
sabinas
sahuayo
salina cruz
saltillo
san cristobal de las casas
san cristóbal de las casas
san francisco de macoris
san francisco de macorís
san german
san germán
san jose
san josé
san juan
san lorenzo
san luis rio colorado
san luis río colorado
san miguel de allende
san nicolas de los garza
san nicolás de los garza
san pedro de macoris
san pedro de macorís
san pedro sula
san salvador
san sebastian
san sebastián
santa catarina
santa clara
santa isabel
santa tecla
santiago de cuba
santiago de los caballeros
santo domingo
santurce
silao
sombrerete
soyapango
tampico
tapachula
taxco
tecate
tegucigalpa
tehuacan
tehuacán
tepatitlan
tepatitlán
tepic
tepito
texcoco
tijuana
tlalnepantla
tlalpan
tlaquepaque
toa alta
toa baja
toluca
tonala
tonalá
torreon
torreón
trujillo alto
tulancingo
tultitlan
tultitlán
tuxpan
tuxtla gutierrez
tuxtla gutiérrez
uruapan
usulutan
usulután
utuado
valle hermoso
vega alta
vega baja
viejo san juan
vieques
villa nueva
villahermosa
villalba
xalapa
xela
xochimilco
yabucoa
yauco
zapopan
zihuatanejo
zitacuaro
zitácuaro`;
