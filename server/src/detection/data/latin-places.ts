/**
 * Places of Puerto Rico (its 78 municipalities and the San Juan neighbourhoods people name), and
 * cities of Mexico, Central America, the Spanish-speaking Caribbean, South America and Spain
 * where US Spanish-speaking patients and their families come from. Lower case, with and without
 * accents. Compiled by hand from the official municipality lists (facts, no licence needed); see
 * ./README.md. City names that are also a state, a common given name or a common surname
 * (Rosario, Concepción, Mendoza, Trujillo, Linares, Palmira) or a common word (Torrent, Iguala)
 * are left out: state-level places are not identifiers, and "gracias a Victoria" is a person.
 * The larger towns and the districts people name as home of Spain (Getafe, Barakaldo, Usera),
 * Chile (Maipú, Puente Alto), Argentina (Caballito, Lomas de Zamora), Cuba (Vedado), the
 * Dominican Republic (Los Alcarrizos, Villa Mella), Venezuela, Colombia, Peru, Ecuador, Central
 * America and Mexico City's alcaldías and the Mexican cities outside the Bajío were added later.
 */
export const LATIN_PLACES = `a coruna
a coruña
abasolo
acambaro
acámbaro
acapulco
acarigua
acayucan
adjuntas
agua prieta
aguada
aguadilla
aguas buenas
ahuachapan
ahuachapán
aibonito
alajuela
albacete
alcala de guadaira
alcalá de guadaíra
alcala de henares
alcalá de henares
alcazar de san juan
alcázar de san juan
alcobendas
alcoi
alcorcon
alcorcón
alcoy
algeciras
alicante
almeria
almería
almirante brown
altamira
aluche
alzira
ambato
ameca
anasco
antigua guatemala
antofagasta
añasco
apatzingan
apatzingán
apizaco
apodaca
apopa
arandas
aranjuez
arecibo
arequipa
arganda del rey
arganzuela
arica
arona
arroyo naranjo
arroyomolinos
atizapan
atizapán
atlixco
autlan
autlán
avellaneda
aviles
avilés
ayacucho
azcapotzalco
azua
babahoyo
badajoz
badalona
bahia blanca
bahía blanca
balvanera
bani
baní
baracaldo
barahona
barajas
barakaldo
barcelona
barceloneta
barinas
barquisimeto
barranquilla
barranquitas
baruta
basauri
bayamo
bayamon
bayamón
benalmadena
benalmádena
benidorm
benimaclet
berazategui
bilbao
bluefields
boadilla del monte
boca chica
bocas del toro
boedo
bogota
bogotá
bonao
bosa
bucaramanga
buenaventura
burgos
burjassot
caballito
cabimas
cabo rojo
cabo san lucas
caceres
cáceres
cadiz
cádiz
caguas
cajamarca
calama
cali
calvia
calvià
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
carabanchel
carabayllo
caracas
cartagena
cartago
castelldefels
castello de la plana
castelló de la plana
castellon de la plana
castellón de la plana
catano
cataño
catia
cayey
cdmx
ceiba
celaya
centro habana
cerdanyola del valles
cerdanyola del vallès
cerro navia
ceuta
chacao
chalatenango
chalco
chamartin
chamartín
chamberi
chamberí
chetumal
chiclana
chiclana de la frontera
chiclayo
chillan
chillán
chilpancingo
chimalhuacan
chimalhuacán
chimaltenango
chimbote
chinandega
chinautla
chincha
chiquimula
chitre
chitré
choloma
cholula
choluteca
chorrillos
ciales
cidra
ciego de avila
ciego de ávila
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
ciudad guayana
ciudad guzman
ciudad guzmán
ciudad juarez
ciudad juárez
ciudad lineal
ciudad madero
ciudad mante
ciudad obregon
ciudad obregón
ciudad real
ciudad valles
ciudad victoria
coacalco
coamo
coatzacoalcos
coban
cobán
cochabamba
cocula
cojutepeque
collado villalba
colmenar viejo
comayagua
comerio
comerío
comitan
comitán
conchali
conchalí
copiapo
copiapó
coquimbo
cornella
cornellà
cornella de llobregat
cornellà de llobregat
corozal
corrientes
coslada
cotija
cotui
cotuí
coyoacan
coyoacán
cozumel
cuajimalpa
cuautitlan
cuautitlán
cuautla
cucuta
cúcuta
cuenca
cuernavaca
cuitzeo
culebra
culiacan
culiacán
cumana
cumaná
curico
curicó
cusco
cuzco
danli
danlí
delicias
desamparados
diez de octubre
dolores hidalgo
don benito
donostia
dorado
dos hermanas
dosquebradas
ecatepec
ecija
écija
eibar
eivissa
eixample
el ejido
el grullo
el prat
el prat de llobregat
el puerto de santa maria
el puerto de santa maría
el raval
el vedado
elche
elx
encarnacion de diaz
encarnación de díaz
engativa
engativá
ensanche luperon
ensanche luperón
ensenada
envigado
errenteria
escazu
escazú
escuintla
esmeraldas
esplugues de llobregat
estacion central
estación central
esteli
estelí
estepona
ezeiza
fajardo
ferrol
florencio varela
floridablanca
fontibon
fontibón
fresnillo
fuencarral
fuengirola
fuenlabrada
galapagar
gandia
gandía
gazcue
getafe
getxo
gijon
gijón
girardot
girona
gomez palacio
gómez palacio
granada
granollers
guadalajara
guanabacoa
guanica
guánica
guantanamo
guantánamo
guapiles
guápiles
guarenas
guasave
guatire
guayama
guayanilla
guayaquil
guaymas
guaynabo
gurabo
habana
habana vieja
hatillo
hato rey
heredia
hermosillo
higuey
higüey
holguin
holguín
hormigueros
hortaleza
hospitalet de llobregat
huajuapan
huajuapan de leon
huajuapan de león
huancayo
huandacareo
huatulco
huechuraba
huehuetenango
huelva
huesca
huetamo
huixquilucan
humacao
ibague
ibagué
ica
iguala
ilopango
iquique
iquitos
irapuato
irun
irún
iruna
iruña
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
jaén
jalapa
jalostotitlan
jalostotitlán
jalpa
jayuya
jerez
jerez de la frontera
jinotega
jiquilpan
juan aldama
juana diaz
juana díaz
juchipila
juchitan
juchitán
juigalpa
jujuy
juliaca
juncos
jutiapa
juticalpa
l'hospitalet
la boca
la ceiba
la chorrera
la cisterna
la coruna
la coruña
la habana
la linea de la concepcion
la línea de la concepción
la matanza
la piedad
la pintana
la plata
la romana
la serena
la vega
lagos de moreno
lajas
langreo
lanus
lanús
lares
las condes
las marias
las marías
las palmas
las piedras
las rozas
las tunas
latacunga
lavapies
lavapiés
leganes
leganés
leioa
levittown
lima
limon
limón
linares
liniers
lleida
lo barnechea
lo espejo
lo prado
logrono
logroño
loiza
loíza
loja
lomas de zamora
los alcarrizos
los cabos
los mina
los mochis
los teques
luquillo
machala
macul
magdalena contreras
maipu
maipú
mairena del aljarafe
majadahonda
malaga
málaga
malasana
malasaña
malvinas argentinas
manacor
managua
manati
manatí
manizales
manresa
manta
manzanillo
mar del plata
maracaibo
maracay
maravatio
maravatío
marianao
maricao
masaya
matagalpa
matamoros
matanzas
mataro
mataró
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
mejicanos
melilla
merida
mérida
metepec
mexicali
miahuatlan
miahuatlán
mijas
milpa alta
minatitlan
minatitlán
mislata
mixco
moca
molina de segura
mollet del valles
mollet del vallès
monclova
montemorelos
monteria
montería
monterrey
montevideo
moratalaz
morelia
moroleon
moroleón
morovis
mostoles
móstoles
motril
murcia
nagua
naguabo
naranjito
narvarte
naucalpan
navalcarnero
navojoa
neiva
neuquen
neuquén
nezahualcoyotl
nezahualcóyotl
nicoya
nochistlan
nochistlán
nou barris
nuevo laredo
nunoa
ñuñoa
ocean park
ocotlan
ocotlán
ojocaliente
olanchito
ometepec
orense
orihuela
orizaba
orocovis
oruro
osorno
ourense
oviedo
pachuca
palencia
palermo
palma de mallorca
pamplona
papantla
parana
paraná
parque patricios
parral
patillas
patzcuaro
pátzcuaro
paysandu
paysandú
penalolen
penjamo
pénjamo
penonome
penonomé
penuelas
peñalolén
peñuelas
pereira
perez zeledon
pérez zeledón
petare
piedras negras
pinar del rio
pinar del río
pinotepa nacional
piura
playa del carmen
poble sec
poblenou
ponce
ponferrada
pontevedra
popayan
popayán
portoviejo
portugalete
potosi
potosí
poza rica
pozuelo de alarcon
pozuelo de alarcón
pucallpa
pudahuel
puente alto
puente de vallecas
puente piedra
puerta de tierra
puerto cortes
puerto cortés
puerto del rosario
puerto la cruz
puerto montt
puerto plata
puerto vallarta
puertollano
puno
punta arenas
punta del este
puntarenas
punto fijo
puruandiro
puruándiro
quebradillas
quepos
quetzaltenango
quibdo
quibdó
quilicura
quilmes
quilpue
quilpué
quinta normal
quito
rancagua
recoleta
renca
renteria
rentería
retalhuleu
reynosa
rimac
rímac
rincon
rincón
rio bravo
río bravo
rio cuarto
río cuarto
rio grande
río grande
rio piedras
río piedras
riobamba
riohacha
rioverde
rivas-vaciamadrid
romita
roquetas de mar
rosarito
sabadell
sabana grande
sabinas
sagunto
sahuayo
salina cruz
salta
saltillo
san cristobal de la laguna
san cristóbal de la laguna
san cristobal de las casas
san cristóbal de las casas
san fernando de henares
san francisco de macoris
san francisco de macorís
san german
san germán
san joaquin
san joaquín
san jose
san josé
san juan
san juan de los lagos
san juan de lurigancho
san juan de miraflores
san lorenzo
san luis rio colorado
san luis río colorado
san martin de porres
san martín de porres
san martin texmelucan
san martín texmelucan
san miguel de allende
san miguel de tucuman
san miguel de tucumán
san miguel del padron
san miguel del padrón
san nicolas de los garza
san nicolás de los garza
san pedro de macoris
san pedro de macorís
san pedro sula
san salvador
san salvador de jujuy
san sebastian
san sebastián
san sebastian de los reyes
san sebastián de los reyes
san telmo
san vicente del raspeig
sancti spiritus
sancti spíritus
sanlucar
sanlúcar
sanlucar de barrameda
sanlúcar de barrameda
sant adria
sant adrià
sant adria de besos
sant adrià de besòs
sant boi
sant boi de llobregat
sant cugat
sant cugat del valles
sant cugat del vallès
santa catarina
santa clara
santa coloma
santa coloma de gramenet
santa cruz de la sierra
santa cruz del quiche
santa cruz del quiché
santa isabel
santa lucia de tirajana
santa lucía de tirajana
santa marta
santa rosa de copan
santa rosa de copán
santa tecla
santiago de compostela
santiago de cuba
santiago de los caballeros
santiago de surco
santiago del estero
santiago papasquiaro
santo domingo
santo domingo este
santo domingo norte
santurce
santurtzi
sarria
sarrià
sayula
segovia
sestao
sevilla
siero
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
tacámbaro
tacna
tacuarembo
tacuarembó
talavera de la reina
talca
tamazula
tampico
tangancicuaro
tangancícuaro
tapachula
tarapoto
tarija
tarragona
taxco
tecamac
tecámac
tecate
tegucigalpa
tehuacan
tehuacán
telde
teloloapan
temuco
tenerife
teocaltiche
tepatitlan
tepatitlán
tepeaca
tepic
tepito
terrassa
teruel
tetuan
tetuán
texcoco
teziutlan
teziutlán
tijuana
tlahuac
tláhuac
tlajomulco
tlalnepantla
tlalpan
tlaltenango
tlapa
tlaquepaque
tlaxiaco
toa alta
toa baja
tocoa
tolosa
toluca
tonala
tonalá
torrejon de ardoz
torrejón de ardoz
torrelavega
torremolinos
torreon
torreón
torrevieja
totonicapan
totonicapán
tres cantos
tres de febrero
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
usera
usme
usulutan
usulután
utrera
utuado
valdemoro
valdivia
valladolid
valle de santiago
valle hermoso
vallecas
valledupar
valparaiso
valparaíso
vedado
vega alta
vega baja
velez-malaga
vélez-málaga
vicalvaro
vicálvaro
viejo san juan
vieques
vigo
vila-real
viladecans
vilanova
vilanova i la geltru
vilanova i la geltrú
villa alemana
villa crespo
villa devoto
villa el salvador
villa lugano
villa maria del triunfo
villa maría del triunfo
villa mella
villa nueva
villa urquiza
villahermosa
villalba
villarreal
villaverde
villavicencio
vina del mar
viña del mar
vitacura
vitoria-gasteiz
xalapa
xativa
xàtiva
xela
xochimilco
yabucoa
yahualica
yauco
yurecuaro
yurécuaro
yuriria
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
