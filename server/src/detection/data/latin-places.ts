/**
 * Places of Puerto Rico (its 78 municipalities and the San Juan neighbourhoods people name), and
 * cities of Mexico, Central America, the Spanish-speaking Caribbean and northern South America
 * where US Spanish-speaking patients come from. Lower case, with and without accents. Compiled by
 * hand from the official municipality lists (facts, no licence needed); see ./README.md. City
 * names that are also a state or a common given name are left out (state-level places are not
 * identifiers, and "gracias a Victoria" is a person).
 */
export const LATIN_PLACES = `abasolo
acambaro
acapulco
acayucan
acámbaro
adjuntas
agua prieta
aguada
aguadilla
aguas buenas
ahuachapan
ahuachapán
aibonito
alajuela
altamira
ambato
ameca
anasco
apatzingan
apatzingán
apizaco
apodaca
apopa
arandas
arecibo
arequipa
atlixco
autlan
autlán
ayacucho
azcapotzalco
añasco
bani
baní
barceloneta
barinas
barquisimeto
barranquilla
barranquitas
bayamon
bayamón
bogota
bogotá
bucaramanga
buenaventura
cabimas
cabo rojo
cabo san lucas
caguas
cajamarca
cali
camaguey
camagüey
camuy
canatlan
canatlán
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
chalatenango
chalco
chetumal
chiclayo
chilpancingo
chimaltenango
chimbote
chinandega
chiquimula
cholula
choluteca
ciales
cidra
cienfuegos
ciudad acuna
ciudad acuña
ciudad altamirano
ciudad bolivar
ciudad bolívar
ciudad de mexico
ciudad de méxico
ciudad del carmen
ciudad guzman
ciudad guzmán
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
coban
cobán
cocula
cojutepeque
comayagua
comerio
comerío
comitan
comitán
corozal
cotija
coyoacan
coyoacán
cozumel
cuautitlan
cuautitlán
cuautla
cucuta
cuenca
cuernavaca
cuitzeo
culebra
culiacan
culiacán
cúcuta
danli
danlí
delicias
dolores hidalgo
dorado
ecatepec
el grullo
encarnacion de diaz
encarnación de díaz
ensenada
envigado
escuintla
esmeraldas
esteli
estelí
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
huajuapan
huajuapan de leon
huajuapan de león
huancayo
huandacareo
huatulco
huehuetenango
huetamo
humacao
ibague
ibagué
ica
iguala
ilopango
iquitos
irapuato
isla verde
itagui
itagüí
ixtapaluca
iztacalco
iztapalapa
izucar de matamoros
izúcar de matamoros
jacona
jalostotitlan
jalostotitlán
jalpa
jayuya
jiquilpan
juan aldama
juana diaz
juana díaz
juchipila
juchitan
juchitán
juliaca
juncos
jutiapa
juticalpa
la ceiba
la habana
la piedad
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
loja
los mochis
loíza
luquillo
machala
managua
manati
manatí
manizales
manta
manzanillo
maracaibo
maracay
maravatio
maravatío
maricao
masaya
matagalpa
matamoros
matanzas
matehuala
maturin
maturín
maunabo
mayaguez
mayagüez
mazatenango
mazatlan
mazatlán
medellin
medellín
merida
mexicali
miahuatlan
miahuatlán
minatitlan
minatitlán
mixco
moca
monclova
montemorelos
monteria
monterrey
montería
morelia
moroleon
moroleón
morovis
mérida
naguabo
naranjito
naucalpan
navojoa
neiva
nezahualcoyotl
nezahualcóyotl
nochistlan
nochistlán
nuevo laredo
ocean park
ocotlan
ocotlán
ojocaliente
olanchito
ometepec
orizaba
orocovis
pachuca
papantla
parral
patillas
patzcuaro
penjamo
penuelas
pereira
peñuelas
piedras negras
pinar del rio
pinar del río
pinotepa nacional
piura
playa del carmen
ponce
popayan
popayán
portoviejo
poza rica
pucallpa
puerta de tierra
puerto cortes
puerto cortés
puerto plata
puerto vallarta
puruandiro
puruándiro
pátzcuaro
pénjamo
quebradillas
quetzaltenango
quito
retalhuleu
reynosa
rincon
rincón
rio bravo
rio grande
rio piedras
riobamba
riohacha
rioverde
romita
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
san juan de los lagos
san lorenzo
san luis rio colorado
san luis río colorado
san martin texmelucan
san martín texmelucan
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
santa cruz del quiche
santa cruz del quiché
santa isabel
santa marta
santa rosa de copan
santa rosa de copán
santa tecla
santiago de cuba
santiago de los caballeros
santiago papasquiaro
santo domingo
santurce
sayula
siguatepeque
silao
sincelejo
soacha
solola
sololá
sombrerete
sonsonate
soyapango
tacambaro
tacna
tacámbaro
tamazula
tampico
tangancicuaro
tangancícuaro
tapachula
taxco
tecate
tegucigalpa
tehuacan
tehuacán
teloloapan
teocaltiche
tepatitlan
tepatitlán
tepeaca
tepic
tepito
texcoco
teziutlan
teziutlán
tijuana
tlalnepantla
tlalpan
tlaltenango
tlapa
tlaquepaque
tlaxiaco
toa alta
toa baja
tocoa
toluca
tonala
tonalá
torreon
torreón
totonicapan
totonicapán
trujillo alto
tulancingo
tultitlan
tultitlán
tulua
tuluá
tunja
tuxpan
tuxtepec
tuxtla gutierrez
tuxtla gutiérrez
uriangato
uruapan
usulutan
usulután
utuado
valle de santiago
valle hermoso
valledupar
vega alta
vega baja
viejo san juan
vieques
villa nueva
villahermosa
villalba
villavicencio
xalapa
xela
xochimilco
yabucoa
yahualica
yauco
yurecuaro
yuriria
yurécuaro
zacapa
zacapu
zacatecoluca
zacatlan
zacatlán
zapopan
zapotlanejo
zihuatanejo
zinapecuaro
zinapécuaro
zitacuaro
zitácuaro`;
