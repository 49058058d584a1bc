/**
 * Places of Puerto Rico (its 78 municipalities and the San Juan neighbourhoods people name), and
 * cities of Mexico, Central America, the Spanish-speaking Caribbean, South America and Spain
 * where US Spanish-speaking patients and their families come from. Lower case, with and without
 * accents. Compiled by hand from the official municipality lists (facts, no licence needed); see
 * ./README.md. City names that are also a state, a common given name or a common surname
 * (Rosario, Concepción, Mendoza, Trujillo) are left out: state-level places are not identifiers,
 * and "gracias a Victoria" is a person.
 */
export const LATIN_PLACES = `a coruna
a coruña
abasolo
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
alicante
almeria
almería
altamira
ambato
ameca
anasco
antofagasta
apatzingan
apatzingán
apizaco
apodaca
apopa
arandas
arecibo
arequipa
arica
atlixco
autlan
autlán
ayacucho
azcapotzalco
añasco
badajoz
bahia blanca
bahía blanca
bani
baní
barcelona
barceloneta
barinas
barquisimeto
barranquilla
barranquitas
bayamon
bayamón
bilbao
bocas del toro
bogota
bogotá
bucaramanga
buenaventura
burgos
cabimas
cabo rojo
cabo san lucas
cadiz
caguas
cajamarca
calama
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
cartago
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
chillan
chillán
chilpancingo
chimaltenango
chimbote
chinandega
chincha
chiquimula
chitre
chitré
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
ciudad del este
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
cochabamba
cocula
cojutepeque
comayagua
comerio
comerío
comitan
comitán
copiapo
copiapó
coquimbo
corozal
corrientes
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
curico
curicó
cusco
cuzco
cádiz
cúcuta
danli
danlí
delicias
desamparados
dolores hidalgo
dorado
ecatepec
el grullo
encarnacion de diaz
encarnación de díaz
ensenada
envigado
escazu
escazú
escuintla
esmeraldas
esteli
estelí
fajardo
fresnillo
gijon
gijón
gomez palacio
granada
guadalajara
guanica
guapiles
guasave
guayama
guayanilla
guayaquil
guaymas
guaynabo
gurabo
guánica
guápiles
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
huelva
huetamo
humacao
ibague
ibagué
ica
iguala
ilopango
iquique
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
jaen
jalostotitlan
jalostotitlán
jalpa
jayuya
jaén
jiquilpan
juan aldama
juana diaz
juana díaz
juchipila
juchitan
juchitán
jujuy
juliaca
juncos
jutiapa
juticalpa
la ceiba
la chorrera
la coruna
la coruña
la habana
la piedad
la plata
la romana
la serena
la vega
lagos de moreno
lajas
lanus
lanús
lares
las marias
las marías
las palmas
las piedras
levittown
lima
limon
limón
linares
logrono
logroño
loiza
loja
los mochis
loíza
luquillo
machala
malaga
managua
manati
manatí
manizales
manta
manzanillo
mar del plata
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
montevideo
morelia
moroleon
moroleón
morovis
murcia
málaga
mérida
naguabo
naranjito
naucalpan
navojoa
neiva
neuquen
neuquén
nezahualcoyotl
nezahualcóyotl
nicoya
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
oruro
osorno
oviedo
pachuca
pamplona
papantla
parana
paraná
parral
patillas
patzcuaro
paysandu
paysandú
penjamo
penonome
penonomé
penuelas
pereira
perez zeledon
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
potosi
potosí
poza rica
pucallpa
puerta de tierra
puerto cortes
puerto cortés
puerto montt
puerto plata
puerto vallarta
puno
punta arenas
punta del este
puntarenas
puruandiro
puruándiro
pátzcuaro
pénjamo
pérez zeledón
quebradillas
quepos
quetzaltenango
quilmes
quito
rancagua
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
salta
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
san miguel de tucuman
san miguel de tucumán
san nicolas de los garza
san nicolás de los garza
san pedro de macoris
san pedro de macorís
san pedro sula
san salvador
san salvador de jujuy
san sebastian
san sebastián
santa catarina
santa clara
santa cruz de la sierra
santa cruz del quiche
santa cruz del quiché
santa isabel
santa marta
santa rosa de copan
santa rosa de copán
santa tecla
santiago de cuba
santiago de los caballeros
santiago del estero
santiago papasquiaro
santo domingo
santurce
sayula
sevilla
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
tacuarembo
tacuarembó
tacámbaro
talca
tamazula
tampico
tangancicuaro
tangancícuaro
tapachula
tarapoto
tarija
taxco
tecate
tegucigalpa
tehuacan
tehuacán
teloloapan
temuco
tenerife
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
tucuman
tucumán
tulancingo
tultitlan
tultitlán
tulua
tuluá
tunja
turrialba
tuxpan
tuxtepec
tuxtla gutierrez
tuxtla gutiérrez
uriangato
uruapan
usulutan
usulután
utuado
valdivia
valladolid
valle de santiago
valle hermoso
valledupar
valparaiso
valparaíso
vega alta
vega baja
viejo san juan
vieques
vigo
villa nueva
villahermosa
villalba
villavicencio
vina del mar
viña del mar
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
zaragoza
zihuatanejo
zinapecuaro
zinapécuaro
zitacuaro
zitácuaro`;
