#!/usr/bin/env python3
"""Generates countries.tsv from Debian iso-codes (iso_3166-1.json) plus hand-written
common names, aliases, demonyms and capitals. Run once; the output is committed."""
import json

iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']

# Common English names used by news outlets, where ISO's short name differs.
common = {
 'BO': 'Bolivia', 'BN': 'Brunei', 'CD': 'Democratic Republic of the Congo', 'CG': 'Republic of the Congo',
 'CZ': 'Czech Republic', 'FK': 'Falkland Islands', 'FM': 'Micronesia', 'IR': 'Iran', 'KR': 'South Korea',
 'KP': 'North Korea', 'LA': 'Laos', 'MD': 'Moldova', 'PS': 'Palestine', 'RU': 'Russia', 'SY': 'Syria',
 'TW': 'Taiwan', 'TZ': 'Tanzania', 'TR': 'Turkey', 'VA': 'Vatican', 'VE': 'Venezuela', 'VN': 'Vietnam',
 'VG': 'British Virgin Islands', 'VI': 'U.S. Virgin Islands', 'CV': 'Cape Verde', 'CI': 'Ivory Coast',
 'MO': 'Macau', 'TL': 'East Timor', 'SZ': 'Eswatini', 'MK': 'North Macedonia', 'MF': 'Saint Martin',
 'SX': 'Sint Maarten', 'BQ': 'Caribbean Netherlands', 'SH': 'Saint Helena', 'HM': 'Heard Island',
 'CC': 'Cocos Islands', 'UM': 'U.S. Minor Outlying Islands', 'GS': 'South Georgia', 'SJ': 'Svalbard',
}
# Extra names: short forms, acronyms, former and official names.
aliases = {
 'US': ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'],
 'GB': ['Britain', 'Great Britain', 'UK', 'U.K.'], 'AE': ['UAE', 'U.A.E.', 'Emirates'],
 'KP': ['DPRK', "Democratic People's Republic of Korea"], 'KR': ['ROK', 'Republic of Korea'],
 'CN': ['PRC', "People's Republic of China", 'Chinese mainland'], 'TW': ['Republic of China'],
 'RU': ['Russian Federation'], 'CZ': ['Czechia'], 'TR': ['Türkiye', 'Turkiye'], 'MM': ['Burma'],
 'NL': ['Holland', 'the Netherlands'], 'CD': ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Democratic Republic of Congo'], 'CG': ['Congo-Brazzaville'],
 'VA': ['Holy See', 'Vatican City'], 'SZ': ['Swaziland'], 'MK': ['Macedonia'], 'CI': ["Côte d'Ivoire"],
 'VN': ['Viet Nam'], 'LA': ['Lao PDR'], 'TL': ['Timor-Leste'], 'CV': ['Cabo Verde'], 'PH': ['the Philippines'],
 'BS': ['the Bahamas'], 'GM': ['the Gambia'], 'MO': ['Macao'], 'PS': ['Palestinian territories', 'State of Palestine'],
}
demonyms = {
 'AF': 'Afghan', 'AL': 'Albanian', 'DZ': 'Algerian', 'AO': 'Angolan', 'AR': 'Argentine;Argentinian', 'AM': 'Armenian',
 'AU': 'Australian', 'AT': 'Austrian', 'AZ': 'Azerbaijani', 'BH': 'Bahraini', 'BD': 'Bangladeshi', 'BY': 'Belarusian',
 'BE': 'Belgian', 'BO': 'Bolivian', 'BA': 'Bosnian', 'BR': 'Brazilian', 'BG': 'Bulgarian', 'KH': 'Cambodian',
 'CM': 'Cameroonian', 'CA': 'Canadian', 'CL': 'Chilean', 'CN': 'Chinese', 'CO': 'Colombian', 'CR': 'Costa Rican',
 'HR': 'Croatian', 'CU': 'Cuban', 'CY': 'Cypriot', 'CZ': 'Czech', 'DK': 'Danish', 'DO': 'Dominican', 'EC': 'Ecuadorian',
 'EG': 'Egyptian', 'SV': 'Salvadoran', 'EE': 'Estonian', 'ET': 'Ethiopian', 'FI': 'Finnish', 'FR': 'French',
 'GE': 'Georgian', 'DE': 'German', 'GH': 'Ghanaian', 'GR': 'Greek', 'GT': 'Guatemalan', 'HT': 'Haitian',
 'HN': 'Honduran', 'HU': 'Hungarian', 'IS': 'Icelandic', 'IN': 'Indian', 'ID': 'Indonesian', 'IR': 'Iranian',
 'IQ': 'Iraqi', 'IE': 'Irish', 'IL': 'Israeli', 'IT': 'Italian', 'JM': 'Jamaican', 'JP': 'Japanese', 'JO': 'Jordanian',
 'KZ': 'Kazakh', 'KE': 'Kenyan', 'KP': 'North Korean', 'KR': 'South Korean', 'KW': 'Kuwaiti', 'KG': 'Kyrgyz',
 'LA': 'Laotian', 'LV': 'Latvian', 'LB': 'Lebanese', 'LY': 'Libyan', 'LT': 'Lithuanian', 'LU': 'Luxembourgish',
 'MY': 'Malaysian', 'ML': 'Malian', 'MT': 'Maltese', 'MX': 'Mexican', 'MD': 'Moldovan', 'MN': 'Mongolian',
 'ME': 'Montenegrin', 'MA': 'Moroccan', 'MZ': 'Mozambican', 'MM': 'Myanmar;Burmese', 'NA': 'Namibian', 'NP': 'Nepali;Nepalese',
 'NL': 'Dutch', 'NZ': 'New Zealand', 'NI': 'Nicaraguan', 'NE': 'Nigerien', 'NG': 'Nigerian', 'MK': 'North Macedonian',
 'NO': 'Norwegian', 'OM': 'Omani', 'PK': 'Pakistani', 'PS': 'Palestinian', 'PA': 'Panamanian', 'PY': 'Paraguayan',
 'PE': 'Peruvian', 'PH': 'Philippine;Filipino', 'PL': 'Polish', 'PT': 'Portuguese', 'QA': 'Qatari', 'RO': 'Romanian',
 'RU': 'Russian', 'RW': 'Rwandan', 'SA': 'Saudi;Saudi Arabian', 'SN': 'Senegalese', 'RS': 'Serbian', 'SG': 'Singaporean',
 'SK': 'Slovak', 'SI': 'Slovenian', 'SO': 'Somali', 'ZA': 'South African', 'SS': 'South Sudanese', 'ES': 'Spanish',
 'LK': 'Sri Lankan', 'SD': 'Sudanese', 'SE': 'Swedish', 'CH': 'Swiss', 'SY': 'Syrian', 'TW': 'Taiwanese',
 'TJ': 'Tajik', 'TZ': 'Tanzanian', 'TH': 'Thai', 'TN': 'Tunisian', 'TR': 'Turkish', 'TM': 'Turkmen', 'UG': 'Ugandan',
 'UA': 'Ukrainian', 'AE': 'Emirati', 'GB': 'British;Briton', 'US': 'American', 'UY': 'Uruguayan', 'UZ': 'Uzbek',
 'VE': 'Venezuelan', 'VN': 'Vietnamese', 'YE': 'Yemeni', 'ZM': 'Zambian', 'ZW': 'Zimbabwean', 'FJ': 'Fijian',
 'BT': 'Bhutanese', 'BN': 'Bruneian', 'ER': 'Eritrean', 'SL': 'Sierra Leonean', 'LR': 'Liberian', 'TD': 'Chadian',
 'CD': 'Congolese', 'CG': 'Congolese', 'CI': 'Ivorian', 'BF': 'Burkinabe', 'MG': 'Malagasy', 'MW': 'Malawian',
 'BW': 'Botswanan', 'GN': 'Guinean', 'BJ': 'Beninese', 'TG': 'Togolese', 'GA': 'Gabonese', 'MR': 'Mauritanian',
 'DJ': 'Djiboutian', 'BB': 'Barbadian', 'TT': 'Trinidadian', 'MV': 'Maldivian', 'PG': 'Papua New Guinean',
 'TL': 'Timorese', 'BI': 'Burundian', 'LS': 'Basotho', 'MC': 'Monegasque', 'VA': 'Vatican',
 'AD': 'Andorran', 'BS': 'Bahamian', 'BZ': 'Belizean', 'CV': 'Cape Verdean', 'KM': 'Comorian',
 'GQ': 'Equatorial Guinean', 'SZ': 'Swazi', 'GM': 'Gambian', 'GD': 'Grenadian', 'GY': 'Guyanese',
 'LI': 'Liechtensteiner', 'MH': 'Marshallese', 'MU': 'Mauritian', 'FM': 'Micronesian', 'NR': 'Nauruan',
 'PW': 'Palauan', 'WS': 'Samoan', 'SM': 'Sammarinese', 'SC': 'Seychellois', 'SR': 'Surinamese',
 'TO': 'Tongan', 'TV': 'Tuvaluan', 'PR': 'Puerto Rican', 'GL': 'Greenlandic',
}
capitals = {
 'AF': 'Kabul', 'AL': 'Tirana', 'DZ': 'Algiers', 'AO': 'Luanda', 'AR': 'Buenos Aires', 'AM': 'Yerevan',
 'AU': 'Canberra', 'AT': 'Vienna', 'AZ': 'Baku', 'BH': 'Manama', 'BD': 'Dhaka', 'BY': 'Minsk', 'BE': 'Brussels',
 'BO': 'La Paz', 'BA': 'Sarajevo', 'BR': 'Brasilia;Brasília', 'BG': 'Sofia', 'KH': 'Phnom Penh', 'CM': 'Yaounde',
 'CA': 'Ottawa', 'CL': 'Santiago', 'CN': 'Beijing', 'CO': 'Bogota', 'HR': 'Zagreb', 'CU': 'Havana', 'CY': 'Nicosia',
 'CZ': 'Prague', 'DK': 'Copenhagen', 'EC': 'Quito', 'EG': 'Cairo', 'EE': 'Tallinn', 'ET': 'Addis Ababa',
 'FI': 'Helsinki', 'FR': 'Paris', 'GE': 'Tbilisi', 'DE': 'Berlin', 'GH': 'Accra', 'GR': 'Athens', 'HU': 'Budapest',
 'IS': 'Reykjavik', 'IN': 'New Delhi', 'ID': 'Jakarta', 'IR': 'Tehran', 'IQ': 'Baghdad', 'IE': 'Dublin',
 'IL': 'Jerusalem', 'IT': 'Rome', 'JP': 'Tokyo', 'JO': 'Amman', 'KZ': 'Astana', 'KE': 'Nairobi', 'KP': 'Pyongyang',
 'KR': 'Seoul', 'KW': 'Kuwait City', 'KG': 'Bishkek', 'LA': 'Vientiane', 'LV': 'Riga', 'LB': 'Beirut', 'LY': 'Tripoli',
 'LT': 'Vilnius', 'LU': 'Luxembourg', 'MY': 'Kuala Lumpur', 'MX': 'Mexico City', 'MD': 'Chisinau', 'MN': 'Ulaanbaatar',
 'MA': 'Rabat', 'MM': 'Naypyitaw;Naypyidaw', 'NP': 'Kathmandu', 'NL': 'Amsterdam;The Hague', 'NZ': 'Wellington',
 'NG': 'Abuja', 'NO': 'Oslo', 'PK': 'Islamabad', 'PA': 'Panama City', 'PE': 'Lima', 'PH': 'Manila', 'PL': 'Warsaw',
 'PT': 'Lisbon', 'QA': 'Doha', 'RO': 'Bucharest', 'RU': 'Moscow', 'SA': 'Riyadh', 'RS': 'Belgrade', 'SG': 'Singapore',
 'SK': 'Bratislava', 'SI': 'Ljubljana', 'ZA': 'Pretoria', 'ES': 'Madrid', 'LK': 'Colombo', 'SD': 'Khartoum',
 'SE': 'Stockholm', 'CH': 'Bern', 'SY': 'Damascus', 'TW': 'Taipei', 'TH': 'Bangkok', 'TN': 'Tunis', 'TR': 'Ankara',
 'UA': 'Kyiv;Kiev', 'AE': 'Abu Dhabi', 'GB': 'London', 'US': 'Washington', 'UY': 'Montevideo', 'UZ': 'Tashkent',
 'VE': 'Caracas', 'VN': 'Hanoi', 'YE': 'Sanaa', 'ZW': 'Harare', 'ZM': 'Lusaka', 'SO': 'Mogadishu', 'UG': 'Kampala',
 'TZ': 'Dodoma', 'SN': 'Dakar', 'RW': 'Kigali', 'OM': 'Muscat', 'MT': 'Valletta', 'NI': 'Managua', 'GT': 'Guatemala City',
 'HT': 'Port-au-Prince', 'JM': 'Kingston', 'PY': 'Asuncion', 'BT': 'Thimphu', 'MV': 'Male', 'ER': 'Asmara',
 'AF2': '',
}
# Territories and regions that news treats as places rather than states.
places = {'HK', 'MO', 'PR', 'GU', 'GL', 'AQ', 'EH', 'AW', 'AI', 'AX', 'AS', 'TF', 'BQ', 'BL', 'BM', 'BV', 'CC', 'CK',
          'CW', 'CX', 'KY', 'FK', 'FO', 'GG', 'GI', 'GP', 'GF', 'HM', 'IM', 'IO', 'JE', 'MF', 'MP', 'MQ', 'MS', 'NC',
          'NF', 'NU', 'PN', 'PF', 'RE', 'GS', 'SH', 'SJ', 'PM', 'SX', 'TC', 'TK', 'UM', 'VG', 'VI', 'WF', 'YT'}

rows = []
for c in iso:
    a2 = c['alpha_2']
    name = common.get(a2, c.get('common_name', c['name']))
    al = [c['name']] + ([c['official_name']] if 'official_name' in c else []) + aliases.get(a2, [])
    al = [x for x in dict.fromkeys(al) if x != name and ', ' not in x]
    rows.append('\t'.join([name, 'place' if a2 in places else 'country', ';'.join(al),
                           demonyms.get(a2, ''), capitals.get(a2, '')]))
# Former countries (iso_3166-3.json, codes of four letters) that news and history still name:
# the common English name, the names ISO gives, other names, demonyms.
former_iso = {x['alpha_4']: x['name'] for x in json.load(open('/usr/share/iso-codes/json/iso_3166-3.json'))['3166-3']}
former = {
 'SUHH': ('Soviet Union', ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], ['Soviet']),
 'CSHH': ('Czechoslovakia', ['Czechoslovak Socialist Republic'], ['Czechoslovak']),
 'DDDE': ('East Germany', ['German Democratic Republic', 'GDR'], ['East German']),
 'YUCS': ('Yugoslavia', ['Socialist Federal Republic of Yugoslavia', 'Federal Republic of Yugoslavia'], ['Yugoslav']),
 'ZRCD': ('Zaire', ['Republic of Zaire'], ['Zairean']),
 'CSXX': ('Serbia and Montenegro', [], []),
 'RHZW': ('Rhodesia', ['Southern Rhodesia'], ['Rhodesian']),
 'HVBF': ('Upper Volta', ['Republic of Upper Volta'], []),
 'DYBJ': ('Dahomey', [], []),
}
for code, (name, extra, dem) in former.items():
    if code not in former_iso:
        continue
    rows.append('\t'.join([name, 'country', ';'.join(extra), ';'.join(dem), '']))
# West Germany has no code of its own (it continued as Germany) but is named as a state of its time.
rows.append('\t'.join(['West Germany', 'country', '', 'West German', 'Bonn']))
rows.sort()
with open('countries.tsv', 'w') as out:
    out.write('# name\ttype\taliases\tdemonyms\tcapitals — generated by generate_countries.py from Debian\n')
    out.write('# iso-codes (iso_3166-1.json, names and official names; iso_3166-3.json, former countries); common names, aliases, demonyms and\n')
    out.write('# capitals written by hand (well-known facts). Regenerate rather than edit.\n')
    out.write('#schema: name:text type:one-of(country|place) aliases:list demonyms:list capitals:list\n')
    out.write('#unique: name\n')
    out.write('\n'.join(rows) + '\n')
