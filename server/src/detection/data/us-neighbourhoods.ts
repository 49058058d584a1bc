/**
 * Neighbourhoods of large US cities that people name as where they live ("back in the Ironbound",
 * "a mom from Pilsen"): smaller than a city, so identifiers after a place cue, as towns are. The
 * GeoNames lists behind ./us-places.ts hold towns, not neighbourhoods. Lower case, one a line.
 * Compiled by hand from the cities' own neighbourhood lists (facts, no licence needed); see
 * ./README.md. Names that are common words, given names or surnames (Downtown, Uptown, Chelsea,
 * Shaw, Watts, Crenshaw, Phillips) are left out; so are the ones the town list already holds.
 */
export const US_NEIGHBOURHOODS = `adams morgan
allapattah
alief
allston
anacostia
back bay
back of the yards
ballard
barrio logan
bay view
bayview
beacon hill
bed-stuy
bedford-stuyvesant
bensonhurst
boyle heights
brickell
bronzeville
buckhead
buckman
bucktown
bushwick
bywater
canarsie
capitol hill
cedar-riverside
city heights
coconut grove
columbia heights
corktown
crown heights
deep ellum
denver harbor
dorchester
dumbo
dutchtown
east austin
east baltimore
east boston
east harlem
east la
east new york
east oakland
echo park
el sereno
elmhurst
elyria-swansea
englewood
excelsior
fells point
fifth ward
fishtown
five points
flatbush
fordham
frogtown
fruitvale
garfield park
gentilly
globeville
greenpoint
gulfton
hampden
harlem
hell's kitchen
highlandtown
hill district
homewood
hough
humboldt park
hunters point
hunts point
hyde park
inwood
irish channel
ironbound
jackson heights
jamaica plain
kingsbridge
koreatown
la villita
lawrenceville
leimert park
liberty city
lincoln heights
little haiti
little havana
little river
little village
logan heights
logan square
lower east side
lower ninth ward
magnolia park
manayunk
marigny
mattapan
maryvale
mexicantown
mid-city
mission district
mission hill
montbello
mott haven
navy yard
ninth ward
north philly
northern liberties
oak cliff
ohio city
old fourth ward
overtown
pacoima
park slope
petworth
pico-union
pilsen
pleasant grove
port richmond
rainier valley
red hook
reseda
ridgewood
rogers park
rondo
rose park
roxborough
roxbury
sandtown
sharpstown
sherman park
silver lake
skid row
slavic village
soulard
south bronx
south central
south philly
south phoenix
south shore
southeast dc
southie
spanish harlem
squirrel hill
sugar house
sunset park
sylmar
tenderloin
third ward
tower district
treme
tremé
tribeca
twin cities
upper east side
upper west side
walker's point
washington heights
west baltimore
west oakland
west philly
white center
wicker park
wynwood`;
