"""Snapshot of the place tables ``pycountry`` and ``us`` give (generated; do not edit).

Written by ``tests/update_place_tables.py`` from pycountry 26.2.16 and us 4.0.0; read by
``places._table`` only when those packages are not installed. Each table is the space-separated
lookup keys (``places.place_key``) of ``places.library_tables()``.
"""

# fmt: off

US_STATES = """
ak al ala alabama alaska americansamoa ar ariz arizona ark arkansas as az ca calif california co
colo colorado conn connecticut ct dc de del delaware districtofcolumbia fl fla florida ga georgia gu
guam hawaii hi ia id idaho il ill illinois in ind indiana iowa kan kansas kentucky ks ky la
louisiana ma maine maryland mass massachusetts md me mi mich michigan minn minnesota miss
mississippi missouri mn mo mont montana mp ms mt nc nd ne neb nebraska nev nevada newhampshire
newjersey newmexico newyork nh nj nm northcarolina northdakota northernmarianaislands nv ny oh ohio
ok okla oklahoma or ore oregon pa pennsylvania pr puertorico rhodeisland ri sc sd southcarolina
southdakota tenn tennessee texas tn tx ut utah va vermont vi virginia virginislands vt wa wash
washington westvirginia wi wis wisconsin wv wva wy wyo wyoming
"""

PROVINCES = """
act alberta andamanandnicobarislands andhrapradesh arunachalpradesh arunāchalpradesh assam
australiancapitalterritory azadjammuandkashmir balochistan bihar bihār britishcolumbia chandigarh
chandīgarh chhattisgarh chhattīsgarh dadraandnagarhavelianddamananddiu delhi
dādraandnagarhavelianddamānanddiu gilgitbaltistan goa gujarat gujarāt haryana haryāna
himachalpradesh himāchalpradesh islamabad jammuandkashmir jammuandkashmīr jharkhand jhārkhand
karnataka karnātaka kerala khyberpakhtunkhwa ladakh ladākh lakshadweep madhyapradesh maharashtra
mahārāshtra manipur manitoba meghalaya meghālaya mizoram nagaland newbrunswick
newfoundlandandlabrador newsouthwales northernterritory northwestterritories novascotia nsw nt
nunavut nāgāland odisha ontario princeedwardisland puducherry punjab qld quebec queensland rajasthan
rājasthān sa saskatchewan sikkim sindh southaustralia tamilnadu tamilnādu tas tasmania telangana
telangāna tripura uttarakhand uttarpradesh uttarākhand vic victoria wa westbengal westernaustralia
yukon
"""

COUNTRIES = """
afghanistan albania algeria americansamoa andorra angola anguilla antarctica antiguaandbarbuda
arabrepublicofegypt argentina argentinerepublic armenia aruba australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bermuda bhutan
bolivarianrepublicofvenezuela bolivia boliviaplurinationalstateof bonairesinteustatiusandsaba
bosniaandherzegovina botswana bouvetisland brazil britishindianoceanterritory britishvirginislands
bruneidarussalam bulgaria burkinafaso burundi caboverde cambodia cameroon canada caymanislands
centralafricanrepublic chad chile china christmasisland cocoskeelingislands colombia
commonwealthofdominica commonwealthofthebahamas commonwealthofthenorthernmarianaislands comoros
congo congothedemocraticrepublicofthe cookislands costarica croatia cuba curaçao cyprus czechia
czechrepublic côtedivoire democraticpeoplesrepublicofkorea democraticrepublicofsaotomeandprincipe
democraticrepublicoftimorleste democraticsocialistrepublicofsrilanka denmark djibouti dominica
dominicanrepublic easternrepublicofuruguay ecuador egypt elsalvador equatorialguinea eritrea estonia
eswatini ethiopia falklandislandsmalvinas faroeislands federaldemocraticrepublicofethiopia
federaldemocraticrepublicofnepal federalrepublicofgermany federalrepublicofnigeria
federalrepublicofsomalia federatedstatesofmicronesia federativerepublicofbrazil fiji finland france
frenchguiana frenchpolynesia frenchrepublic frenchsouthernterritories gabon gaboneserepublic gambia
georgia germany ghana gibraltar grandduchyofluxembourg greece greenland grenada guadeloupe guam
guatemala guernsey guinea guineabissau guyana haiti hashemitekingdomofjordan
heardislandandmcdonaldislands hellenicrepublic holyseevaticancitystate honduras hongkong
hongkongspecialadministrativeregionofchina hungary iceland independentstateofpapuanewguinea
independentstateofsamoa india indonesia iran iranislamicrepublicof iraq ireland
islamicrepublicofafghanistan islamicrepublicofiran islamicrepublicofmauritania
islamicrepublicofpakistan isleofman israel italianrepublic italy jamaica japan jersey jordan
kazakhstan kenya kingdomofbahrain kingdomofbelgium kingdomofbhutan kingdomofcambodia
kingdomofdenmark kingdomofeswatini kingdomoflesotho kingdomofmorocco kingdomofnorway
kingdomofsaudiarabia kingdomofspain kingdomofsweden kingdomofthailand kingdomofthenetherlands
kingdomoftonga kiribati koreademocraticpeoplesrepublicof korearepublicof kuwait kyrgyzrepublic
kyrgyzstan laopeoplesdemocraticrepublic laos latvia lebaneserepublic lebanon lesotho liberia libya
liechtenstein lithuania luxembourg macao macaospecialadministrativeregionofchina madagascar malawi
malaysia maldives mali malta marshallislands martinique mauritania mauritius mayotte mexico
micronesiafederatedstatesof moldova moldovarepublicof monaco mongolia montenegro montserrat morocco
mozambique myanmar namibia nauru nepal netherlands newcaledonia newzealand nicaragua niger nigeria
niue norfolkisland northernmarianaislands northkorea northmacedonia norway oman pakistan palau
palestinestateof panama papuanewguinea paraguay peoplesdemocraticrepublicofalgeria
peoplesrepublicofbangladesh peoplesrepublicofchina peru philippines pitcairn
plurinationalstateofbolivia poland portugal portugueserepublic principalityofandorra
principalityofliechtenstein principalityofmonaco puertorico qatar republicofalbania republicofangola
republicofarmenia republicofaustria republicofazerbaijan republicofbelarus republicofbenin
republicofbosniaandherzegovina republicofbotswana republicofbulgaria republicofburundi
republicofcaboverde republicofcameroon republicofchad republicofchile republicofcolombia
republicofcostarica republicofcroatia republicofcuba republicofcyprus republicofcôtedivoire
republicofdjibouti republicofecuador republicofelsalvador republicofequatorialguinea
republicofestonia republicoffiji republicoffinland republicofghana republicofguatemala
republicofguinea republicofguineabissau republicofguyana republicofhaiti republicofhonduras
republicoficeland republicofindia republicofindonesia republicofiraq republicofkazakhstan
republicofkenya republicofkiribati republicoflatvia republicofliberia republicoflithuania
republicofmadagascar republicofmalawi republicofmaldives republicofmali republicofmalta
republicofmauritius republicofmoldova republicofmozambique republicofmyanmar republicofnamibia
republicofnauru republicofnicaragua republicofnorthmacedonia republicofpalau republicofpanama
republicofparaguay republicofperu republicofpoland republicofsanmarino republicofsenegal
republicofserbia republicofseychelles republicofsierraleone republicofsingapore republicofslovenia
republicofsouthafrica republicofsouthsudan republicofsuriname republicoftajikistan
republicofthecongo republicofthegambia republicofthemarshallislands republicoftheniger
republicofthephilippines republicofthesudan republicoftrinidadandtobago republicoftunisia
republicoftürkiye republicofuganda republicofuzbekistan republicofvanuatu republicofyemen
republicofzambia republicofzimbabwe romania russianfederation rwanda rwandeserepublic réunion
saintbarthélemy sainthelenaascensionandtristandacunha saintkittsandnevis saintlucia
saintmartinfrenchpart saintpierreandmiquelon saintvincentandthegrenadines samoa sanmarino
saotomeandprincipe saudiarabia senegal serbia seychelles sierraleone singapore sintmaartendutchpart
slovakia slovakrepublic slovenia socialistrepublicofvietnam solomonislands somalia southafrica
southgeorgiaandthesouthsandwichislands southkorea southsudan spain srilanka stateofisrael
stateofkuwait stateofqatar sudan sultanateofoman suriname svalbardandjanmayen sweden
swissconfederation switzerland syria syrianarabrepublic taiwan taiwanprovinceofchina tajikistan
tanzania tanzaniaunitedrepublicof thailand thestateoferitrea thestateofpalestine timorleste togo
togoleserepublic tokelau tonga trinidadandtobago tunisia turkmenistan turksandcaicosislands tuvalu
türkiye uganda ukraine unionofthecomoros unitedarabemirates unitedkingdom
unitedkingdomofgreatbritainandnorthernireland unitedmexicanstates unitedrepublicoftanzania
unitedstates unitedstatesminoroutlyingislands unitedstatesofamerica uruguay uzbekistan vanuatu
venezuela venezuelabolivarianrepublicof vietnam virginislandsbritish virginislandsoftheunitedstates
virginislandsus wallisandfutuna westernsahara yemen zambia zimbabwe ålandislands
"""

ALPHA2 = """
ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt
bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh
er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht
hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls
lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni
nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg
sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug
um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
"""
