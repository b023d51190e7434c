package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names: the spec's examples, cues in both directions, and the forms that must stay silent. */
class PersonNameDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "I visited the family and Tyler said he was fine.|Tyler",
        "I met Mrs Patel at the school gate.|Patel",
        "The referral named Kasia Nowak as the carer.|Kasia Nowak",
        "I spoke to tyler's mum on the phone.|tyler",
        "Later I phoned Mr O'Neill about the plan.|O'Neill",
        "We then visited Mrs Smith-Jones at home.|Smith-Jones",
        "After school Grace said she felt safe.|Grace",
        "Her partner Dean was present.|Dean",
        "I spoke with mum, Sarah, about the plan.|Sarah",
        "We saw the child, Amir, in the garden.|Amir",
        "Tyler (7) was quiet.|Tyler",
        "We met Tyler, aged 7, at home.|Tyler",
        "The worker saw Nan Sheila at the door.|Sheila",
        "DC Marsh took the statement.|Marsh",
        "I rang MRS PATEL back.|PATEL",
        "Everyone called him tj at the club.|tj",
        "Spoke to jade again on the phone.|jade",
        "No missed appointments. jordan said it helped.|jordan",
        "He is known as Gaz on the estate.|Gaz",
        "Amir Hussain (7) was quiet.|Amir Hussain",
        "I asked Mrs Shanice Thompson about the plan.|Shanice Thompson",
        "When I spoke to Vusi, he was ashamed.|Vusi",
        "The trainer Gill Haworth sent slides afterwards.|Gill Haworth",
        "At the group the coordinator Rose Nowacka runs a baking morning.|Rose Nowacka",
        "Our interpreter Dariusz was late.|Dariusz",
        "Applying it: the Ahmed family. I've worked with mum.|Ahmed",
        "It was day 2 of the final hearing in the Ferreira case.|Ferreira",
        "Contact via her sister. Sister Oliveira noted that the visit went well.|Oliveira",
        "Pastor Adeyemi and Rev. Okafor spoke at the service.|Okafor"
      })
  void reports(String text, String expected) {
    Scans.reports(IdentifierKind.PERSON_NAME, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I reflected on my work with Child A and Mr X.",
        "Family B moved; J (aged 7) stayed with an aunt.",
        "As Munro (2011) argued, systems matter.",
        "Ferguson and Smith (2019) describe home visits.",
        "As Munro (2011) showed, systems matter; later Munro argued for trust.",
        "Ruch noted that reflection needs containment, and Ruch (2005) says more.",
        "Rogers, M. and Allen, D. (2021) wrote about it.",
        "I used Gibbs' reflective cycle and Kolb to reflect.",
        "Programme\n\nManchester \u2013 24 May\nLeeds City Council \u2013 3 days ago",
        "The Trust's investigation (AVP-SI-2022-0631) and EDI-CP33-24 followed.",
        "There is hope here, and the will to change.",
        "Social Work England sets the standards.",
        "The Children Act and Signs of Safety shaped our CAMHS referral via the MASH.",
        "We met in March on a Monday in Leeds.",
        "The IRO reviewed the PLO letter and Cafcass agreed.",
        "Maslow's hierarchy and Bronfenbrenner's model helped.",
        "Barnardo's and the NSPCC ran the group.",
        "He said no. He's tired. He went home.",
        "She said \"I'm his mum, I'm supposed to cope\".",
        "We followed the DoLS guidance and her NI number was on file.",
        "The interpreter speaks Dari and Pashto; in many West African families it differs.",
        "He has Parkinson's and we met in a McDonald's.",
        "The Public Law Working Group and Project Violet guidance helped.",
        "Brandon and colleagues' work on fathers shaped my thinking.",
        "A girl I'll call Child H told me, and I met Child B later.",
        "An older woman, whom I'll call Mrs T, is 91.",
        "The training ran on Mon and Tue, 3 Jan 2024."
      })
  void silent(String text) {
    Scans.silent(IdentifierKind.PERSON_NAME, text);
  }

  /** The shapes of names in published text, each found in full (titles and initials included). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The guardian was Ms K. Abernethy throughout.|Ms K. Abernethy",
        "He instructed Mr J. Wolanczyk and later Dr A-M. Okonkwo.|Dr A-M. Okonkwo",
        "The letter was signed J. R. Tolley yesterday.|J. R. Tolley",
        "We heard from Mr İ. Yıldız and his sister.|Mr İ. Yıldız",
        "The carer, Mrs Łucja Wąsowska, attended.|Mrs Łucja Wąsowska",
        "The worker met Zoë at school.|Zoë",
        "His teacher Mr Seán Ó Briain wrote.|Mr Seán Ó Briain",
        "We met Olamide Adeyemi and Siobhán Ní Bhriain at the hub.|Siobhán Ní Bhriain",
        "A post by Dana Whitlock (@danawhit) was shared.|Dana Whitlock",
        "The guardian, Mrs Irene Marsh, wrote a report.|Mrs Irene Marsh",
        "The caller was Mr Colin Thatcher again.|Mr Colin Thatcher",
        "We met Dr Helen Rudd, who cited it (Rudd and Oduya, 2019).|Dr Helen Rudd",
        "Peter Ashworth's 'signs of resilience' model was used.|Peter Ashworth",
        "I agree with Hadley LJ on this.|Hadley",
        "For the reasons given by Carr J, the appeal fails.|Carr",
        "Counsel for the mother was Ms Ede KC.|Ms Ede",
        "Before: LORD JUSTICE HADLEY and MR JUSTICE CARR|HADLEY",
        "Key worker: Gaz (Gary Wilkes) is rough sleeping.|Gaz",
        "Supervisee: Rob (R. Kowalczyk)|Rob",
        "I have worked with Kyrone for months; in Kyrone's own words, Kyrone has changed.|Kyrone",
        "Chair: Mrs Olufunke Ade-Martins   Secretariat: Tom Birch|Mrs Olufunke Ade-Martins",
        "Referral from the ward: Gerard \"Gez\" McGinley, 58, is fit to leave.|Gerard \"Gez\" McGinley",
        "Present: Sophie Turner, Precious Nkemelu, Bryony Gill (ASYE).|Precious Nkemelu",
        "Present: Sophie Turner, Precious Nkemelu, Bryony Gill (ASYE).|Bryony Gill",
        "Chair: Gareth Price – Designated Safeguarding Lead|Gareth Price",
        "Partnership: Mr Ruairí Mac an tSaoir – Business Manager|Mr Ruairí Mac an tSaoir",
        "Later Mr Mac an tSaoir reported that the draft was ready.|Mr Mac an tSaoir",
        "Young person: Ciarán Ó hAodha, aged 17|Ciarán Ó hAodha",
        "Keynote – Dr Calum Mac a' Phearsain, University of Stirling|Dr Calum Mac a' Phearsain",
        "Speaker: Dr Ilse van der Merwe, University of East Anglia|Dr Ilse van der Merwe",
        "Between: MRS MARIA DO CÉU FERREIRA (Appellant)|MRS MARIA DO CÉU FERREIRA",
        "She says there was an argument with mum's boyfriend \"Big Stevie\" last night.|Big Stevie",
        "He is known as \"Big Stevie\" on the estate.|Big Stevie",
        "He had given his name to school as \"Gaz\" and it took a day to check.|Gaz",
        "Later Obafemi noted that changes have been made, and then Obafemi left.|Obafemi",
        "His nan had died. Then Marcus wrote the themes on a flipchart.|Marcus",
        "Discuss caseload with the Service Manager, Mrs Abigail North.|Mrs Abigail North",
        "Tutor: Mr Gareth Young (ESOL) came to the review.|Mr Gareth Young",
        "Farida: ask Tom in commissioning about the duty rota.|Tom",
        "Star of the week. Year 2: Freya and Tavish for their models.|Freya",
        "Phoenix said she felt safe at the foster placement.|Phoenix",
        "Present: Tom Baker, Amir Khan (Chair) and Zbigniew Nowak.|Tom Baker",
        "Present: Tom Baker, Amir Khan (Chair) and Zbigniew Nowak.|Zbigniew Nowak",
        "Apologies: Grace, Ola.|Grace",
        "In attendance: Cllr Amy Rowe; Dr Wei Chen|Amy Rowe",
        "cc: Kasia Nowak|Kasia Nowak",
        "The panel will use first names only: Hannah, Marisol and Pru. Then lunch.|Pru",
        "Ciarán has chosen to use the Irish form, Ó hAodha, since starting lessons.|Ó hAodha",
        "We spoke to Ciarán Ó hAodha today.|Ciarán Ó hAodha",
        "Dear Tendai, thank you for the notes.|Tendai",
        "Thanks Tendai! See you on Monday.|Tendai",
        "Dear Grace, the panel meets at ten.|Grace",
        "Reporter Callum Fraser writes from the court.|Callum Fraser",
        "Nguyễn Thị Lan attended with her son.|Nguyễn Thị Lan",
        "Ahmed al-Sayed was present at the meeting.|Ahmed al-Sayed",
        "Shout out to Kemi and Tolu for the cake!|Tolu",
        "14:05 Tolu: ok see u there|Tolu",
        "[09:12] Esi: on my way|Esi",
        "Ekow (the child's father) did not attend.|Ekow",
        "Author: Dr Hyun-woo Park|Dr Hyun-woo Park",
        "The carer, Mrs Irene Hall, wrote to the team.|Mrs Irene Hall",
        "The report by Dr van der Berg was read.|Dr van der Berg",
        "We read Mr van der Merwe's statement.|Mr van der Merwe",
        "The midwife, Mrs le Roux, came at ten.|Mrs le Roux",
        "For the reasons given by Peter Jackson J, the appeal fails.|Peter Jackson",
        "The judgment of Sir Andrew McFarlane P was cited.|Sir Andrew McFarlane",
        "The talk was given by Baroness Hale.|Baroness Hale",
        "The prayer was led by Revd Okafor.|Revd Okafor",
        "He is the one the police know as \"Spider\" locally.|Spider",
        "She is also known as \"Bee\" at school.|Bee",
        "She gave the name from the interview, \"Kez\", believed to be an adult male.|Kez",
        "Then Mary Seacole was chosen as the hub's name.|Mary Seacole",
        "Nursing pioneer Mary Seacole is remembered.|Mary Seacole",
        "Mthunzi said no to the plan.|Mthunzi",
        "Later, Mthunzi told us about school.|Mthunzi",
        "We met Mthunzi at the office.|Mthunzi",
        "My manager (Hyacinth) was great about it.|Hyacinth",
        "Pat rang back at four about the visit.|Pat",
        "Hi both, Tunde and I will attend.|Tunde",
        "Myself and Olu will cover the duty desk.|Olu",
        "Meet Aisha, a kinship carer from Oldham.|Aisha",
        "Name: Amir Khan  D.O.B: 1.2.2015|Amir Khan",
        "Child's name: Hope|Hope",
        "Police contact: 2 previous Merlins for Leo (2021, 2024).|Leo",
        "> Hi Dave, can you check the rota?|Dave",
        "To: Smith, John; Patel, Priya|Smith, John",
        "Children,\"Demir, Elif\",14/02/2015|Demir, Elif",
        "One of our Pashto interpreters, Zarghuna, taught me.|Zarghuna",
        "Last year Hawre, a Sorani interpreter, told me.|Hawre",
        "Efua, one of last year's students, asked.|Efua",
        "Harry Ferguson's ethnographic work on home visits.|Harry Ferguson",
        "Sukhvinder Gill \u2022 2 days ago As a PE myself I agree.|Sukhvinder Gill"
      })
  void reportsInFull(String text, String expected) {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text)).as("in: %s", text).contains(expected);
  }

  /** A name beside a look-alike: the name is found and the look-alike is not. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "presenting with Oksana Melnyk, teacher, Lublin  15:45|Oksana Melnyk",
        "The little boy, Kai, showed me his Lego dinosaur.|Kai",
        "Anisha works at Sainsbury's and loves dancing.|Anisha",
        "I met Mrs Patel The Best Cafe owner.|Mrs Patel"
      })
  void reportsOnly(String text, String expected) {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text)).as("in: %s", text)
        .containsExactly(expected);
  }

  /**
   * Case notes typed in capitals, and names in capitals in ordinary text: the names are found as
   * in ordinary text, without the verbs and function words around them.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "HOME VISIT. SEEN TYLER AND HIS MUM KASIA NOWAK AT HOME.|TYLER;KASIA NOWAK",
        "TYLER SAID HE WAS HAPPY AT SCHOOL.|TYLER",
        "SPOKE TO GRANDAD (MR PETER ASHWORTH) WHO CONFIRMED THE PLAN.|MR PETER ASHWORTH",
        "MET WITH AMIR HUSSAIN AND HIS SISTER LEILA AT THE CONTACT CENTRE.|AMIR HUSSAIN;LEILA",
        "JAYDEN WAS QUIET DURING THE VISIT TODAY.|JAYDEN",
        "I SPOKE WITH KWAME ABERNETHY ABOUT THE PLAN FOR NEXT WEEK.|KWAME ABERNETHY",
        "WE DROVE TYLER TO LEEDS AND THEN TO HULL FOR CONTACT.|TYLER",
        "NAME: TYLER NOWAK   DOB: 01/02/2015|TYLER NOWAK",
        "TYLER, JAYDEN AND LEILA WERE ALL AT HOME WHEN WE ARRIVED.|TYLER;JAYDEN;LEILA"
,
        "Strategy discussion re CSE, check KAYDEN - who is he?|KAYDEN",
        "School had her down as DESTINY CAMPBELL-REID, a name she doesn't use.|DESTINY CAMPBELL-REID",
        "Manager on call: R. McALLISTER  23:10 call from the police.|R. McALLISTER"
      })
  void reportsInCapitals(String text, String expected) {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text))
        .as("in: %s", text)
        .containsExactly(expected.split(";"));
  }

  /** Records list people surname first: the surname is found with the given name, as one. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SMITH, Tyler - strategy discussion held today.|SMITH, Tyler",
        "Attendees: Nowak, Kasia (mother); Wolanczyk, Tomasz (uncle).|Nowak, Kasia;Wolanczyk, Tomasz",
        "OKONKWO, Adaeze - initial assessment.|OKONKWO, Adaeze",
        "I told my PE, Joel Agyeman, and my manager.|Joel Agyeman",
        "However, John said it was fine.|John",
        "In Leeds, Jade was seen at school.|Jade"
      })
  void reportsSurnameFirst(String text, String expected) {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text))
        .as("in: %s", text)
        .containsExactly(expected.split(";"));
  }

  /**
   * A given name and a surname that are both English words too (tom, smith) are a person when the
   * sentence goes on with a lower-case word, not when they name a group after "of".
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tom Smith visited the family on Tuesday.|Tom Smith",
        "Then Jack Smith visited.|Jack Smith",
        "The notes say Rose Baker is the maternal aunt.|Rose Baker"
      })
  void reportsPairsOfEnglishWords(String text, String expected) {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text))
        .as("in: %s", text)
        .containsExactly(expected);
  }

  /** Names joined by particles, and a Vietnamese given name that is also an English article. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Maria de la Cruz said no.|Maria de la Cruz",
        "Pieter van der Berg said no.|Pieter van der Berg",
        "Gwen ferch Rhys said no.|Gwen ferch Rhys",
        "We met Nguyễn Văn An at home.|Nguyễn Văn An",
        "Mr Nguyễn Văn An attended.|Mr Nguyễn Văn An",
        "Jessica Hall said no.|Jessica Hall",
        "We met Amy Park at home.|Amy Park",
        "Sophie Lane, 30, appeared in court.|Sophie Lane",
        "Precious, a social worker of nine years, left.|Precious",
        "Our adviser, Rukhsana, helped her.|Rukhsana",
        "10:31 Jordan: sorry, that was me.|Jordan",
        "Presenting author: Nguyễn Thị Lan, l.nguyen@example.org|Nguyễn Thị Lan",
        "On behalf of the family of Andrei Popescu (2007-2024), we thank you.|Andrei Popescu",
        "Reply from Gwenllian (NQSW, Ceredigion) on 14 Oct|Gwenllian",
        "CIN. Mum Tendai now engaging with the service.|Tendai",
        "We met Mr and Mrs Ilyas at home.|Mr and Mrs Ilyas",
        "\"Bring someone.\" Shona, mum, Lochee|Shona",
        "Chase the report for the Appiah-Mensah twins today.|Appiah-Mensah",
        "Jack and Amelia Cole said so.|Jack;Amelia Cole",
        "Cllr Rosie Atherton-Mbeki (Lindley) said her group would support it.|Rosie Atherton-Mbeki",
        "It was represented by Oluwaseun Adébáyọ̀ of Garden Court Chambers.|Oluwaseun Adébáyọ̀",
        "The case study is about Jade, a 23-year-old mother, and her twins.|Jade",
        "The name \"Frank\" was chosen by his sister. Frank was 67.|Frank;Frank",
        "I mentor one NQSW, Sorcha, through her ASYE.|Sorcha"
      })
  void reportsNamesWithParticlesInFull(String text, String expected) {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text))
        .as("in: %s", text)
        .containsExactly(expected.split(";"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The views of Rose Garden residents were heard.",
        "Working With An Interpreter",
        "Hotel de la Paix was full.",
        "The Albert Hall was full.",
        "Jessica Hall Primary School closed early.",
        "Oliver House is a care home.",
        "She is at King Edward VI Grammar.",
        "We booked tickets for the Harry Potter studio tour.",
        "They visited Alton Towers in the summer.",
        "Elizabeth Line trains were late.",
        "We read the Laming report again.",
        "We went to Rose Hill Primary for the meeting.",
        "Grace Church welcomed the families."
      })
  void silentOnPairsOfEnglishWordsNamingThings(String text) {
    Scans.silent(IdentifierKind.PERSON_NAME, text);
  }

  /** Headings and lines in capitals name no one when no name is in them. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "CHILD PROTECTION CONFERENCE - INITIAL. SECTION 47 ENQUIRY UNDER THE CHILDREN ACT 1989.",
        "GP AND CAMHS ATTENDED. MASH REFERRAL MADE. LADO INFORMED. PLAN AGREED BY ALL.",
        "HOPE AND GRACE CHURCH RAN THE FOOD BANK IN MAY 2024.",
        "VISIT TO ST JAMES HOSPITAL WITH THE FAMILY AND THE HEALTH VISITOR.",
        "NOTTINGHAM CITY COUNCIL ATTENDED THE MEETING AT WILLIAM BOOTH HOUSE.",
        "MEETING AT LEEDS GENERAL INFIRMARY WITH THE WARD SISTER.",
        "The ELSA and the SENCO met; the MARAC referral and the MAPPA level were discussed.",
        "We followed the DoLS guidance and the CaMHS waiting list."
      })
  void silentInCapitals(String text) {
    Scans.silent(IdentifierKind.PERSON_NAME, text);
  }

  /** Places, organisations, idioms, figures of myth and ordinary words are not people. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "In Hackney we work in pairs; Hackney's children's services agreed.",
        "The family came from the Republic of Moldova; he lives in Tromsø, near Gdańsk.",
        "The Directorate of Children's Services wrote to Nordvik AB.",
        "She was represented by Fenwick Amos Solicitors and the Marsh Trust paid.",
        "He is a Nosey Parker, and Bob's your uncle.",
        "She is a Jack of all trades, not a Johnny-come-lately.",
        "The council named itself Athena.",
        "Over the years it changed. Having met the team, I agreed.",
        "They moved between Stratford, Leyton and Ilford.",
        "Barnet asked that the protocol align; Croydon's services agreed.",
        "Storm Agnes closed the roads and HMS Victory was closed.",
        "See Iceland Frozen Foods Ltd v Jones [1983] ICR 17.",
        "As Murphy's law would have it, the bus was late; it was Hobson's choice.",
        "He now lives in Kingston upon Thames, and visits Newcastle upon Tyne.",
        "Write to the family at 52 Alfreton Road, Radford.",
        "DAY ONE: arrivals. DAY TWO: workshops.",
        "She studied at the Università di Palermo and the Universidad de Sevilla.",
        "The \"Ní\" and \"Ó\" forms mark a daughter and a son.",
        "Carers were rota'd across Hessle, Cottingham and Beverley as well as Hull.",
        "Two members (\"Blue Sky\" group) came. Members of Blue Sky presented their asks.",
        "The \"Eddie Stobart\" principle is that the grouping must be deliberate.",
        "The Chief Social Work Officer of Comhairle nan Eilean Siar opened the day.",
        "12:00 Workshops A. Working with fathers who harm",
        "She was treated at Guy's and St Thomas' NHS Foundation Trust for years.",
        "Getting here: buses from Temple Meads; free travel for young people.",
        "She spent four days at Diana, Princess of Wales Hospital after the fall.",
        "It was the second named storm of the season, after Agnes.",
        "Individual: male, 34, Kings Norton. Mixed, unclear and unstable ideology.",
        "The Hackney case was reviewed and the Troubled Families programme ended.",
        "My sister said no, and the Children Act case law was cited.",
        "Plus the \"Golden Wellie\" for the muddiest walk of the year.",
        "They have been talking about a game called \"Hydra Royale\" which has open chat.",
        "The group \"Blue Sky\" met on Tuesday.",
        "We walked down Albert Street and past Victoria Road.",
        "The plan was Merton-compliant and the review agreed.",
        "Present: Leeds City Council, Bradford MDC and Calderdale",
        "Present: Social Workers and Managers from the locality teams.",
        "The present: a voucher for the cinema.",
        "Apologies: Barnardo's, Action for Children",
        "Present: Joe Bloggs, as the form's example shows.",
        "Hi All, the rota is attached.",
        "Dear Colleagues, please read the guidance.",
        "Hi Team, a reminder about Friday.",
        "Dear Panel Members, the papers are attached.",
        "Ferguson writes that practice is mobile (Ferguson, 2016).",
        "The al-Qaeda case was cited in the training.",
        "10:30 Leeds: the meeting starts.",
        "10:30 Note: bring the papers.",
        "He plays Fortnite and Roblox after school.",
        "Leeds (the city's main station) was busy.",
        "The case of Child P was discussed in supervision.",
        "She goes to a centre known as \"Brighter Futures\" on Tuesdays."
      })
  void silentOnLookAlikes(String text) {
    Scans.silent(IdentifierKind.PERSON_NAME, text);
  }

  /** Minutes give each person's initials in brackets once and use them after. */
  @org.junit.jupiter.api.Test
  void initialsGivenInBracketsAreNamesWhereverTheyAreUsed() {
    String text = "Present: Harjinder Kaur Bassi (HKB, Team Manager, chair), Olumide Bankole (OB),"
        + " Cllr D. O'Sullivan (DOS), Cllr J. Ferreira-Hale (JFH).\n"
        + "1. HKB thanked the team. OB and JFH asked; DOS said no. The GP and BM agreed.";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text))
        .containsExactly("Harjinder Kaur Bassi", "HKB", "Olumide Bankole", "OB", "D. O'Sullivan",
            "DOS", "J. Ferreira-Hale", "JFH", "HKB", "OB", "JFH", "DOS");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ysgol Bryn Alyn sent his records.",
        "We met at Plas Y Bryn Surgery.",
        "The council bought Tŷ Gwyn last year.",
        "She owes money to Dŵr Cymru.",
        "He put Tata right at the top of the list.",
        "SENCo at St Aidan's. A visit to St Aidan's went well.",
        "The office is open Mon-Fri 9-5.",
        "See R v Kowalczyk [2019] EWCA Crim 123 and Re X [2024] EWHC 1234 (Fam).",
        "He was instructed by Harlow & Co last year.",
        "Pensioners on Lindley Moor were asked to pay.",
        "A phased move to Leyburn Grove is in his interests.",
        "See R (Davey) v Oxfordshire County Council.",
        "The SAR Sub-Group agreed that the review should go ahead.",
        "Mum Said",
        "The Mum Network meets on Fridays.",
        "CRIS: 2430061174/26",
        "To: Adult Social Care Front Door <asc.frontdoor@example.org>",
        "Leeds, a city in the north, is big.",
        "His Majesty's Inspector visited.",
        "We're all Jock Tamson's bairns.",
        "West Bromwich Albion won again.",
        "London: Jessica Kingsley Publishers."
      })
  void silentOnWelshPlacesFamilyWordsAndFirms(String text) {
    Scans.silent(IdentifierKind.PERSON_NAME, text);
  }

  @org.junit.jupiter.api.Test
  void initialsMatchANameWrittenWithAccents() {
    String text = "Present: Cathal Ó Dálaigh (COD), Social Worker, chair.\n1. COD welcomed everyone.";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text))
        .containsExactly("Cathal Ó Dálaigh", "COD", "COD");
  }

  @org.junit.jupiter.api.Test
  void aPossessiveAfterBetweenIsAnOwnerNotAPlace() {
    String text = "Frank's sister spoke to us. 2. Frank's story\nFrank worked on farms. The link"
        + " between Frank's withdrawal and his loss was missed.";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text))
        .containsExactly("Frank", "Frank", "Frank", "Frank");
  }

  @org.junit.jupiter.api.Test
  void aSpeakerInAMessageLogIsANameInTheMessagesToo() {
    String text = "09:25 Zorbo: free now\n09:26 Jess: Going out with Zorbo if he is free";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text))
        .containsExactly("Zorbo", "Jess", "Zorbo");
    String chat = "09:25 Gaz: free\n11:42 Jess: Yes Gaz I know";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, chat)).containsExactly("Gaz", "Jess", "Gaz");
  }

  @org.junit.jupiter.api.Test
  void whoSignsAMessageOnALineOfTheirOwn() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "The notes are attached.\nMany thanks\nOlu"))
        .containsExactly("Olu");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "See you then.\nThanks\nWill"))
        .containsExactly("Will");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Best wishes\nHope you are well"))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Regards,\nDuty Team")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aPersonsNameLabelInAFormIsACueForWordsThatAreAlsoEnglish() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Name: Will Hope\nAge: 9"))
        .containsExactly("Will Hope");
  }

  @org.junit.jupiter.api.Test
  void aFormsFieldForOnePartOfANameIsACueToo() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Surname: Kowalski\nForename: Agnieszka"))
        .containsExactly("Kowalski", "Agnieszka");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Ref: 2231\nSURNAME: WOLANCZYK"))
        .containsExactly("WOLANCZYK");
    // only as a field at the start of a line: "the surname: Hope" is said of a word
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "We discussed the surname: Hope is rare."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void anHonorificBeforeATitleIsNotAName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "The Rt Hon Sir Keir Starmer visited."))
        .containsExactly("Sir Keir Starmer");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "The Hon. Mrs Justice Roberts heard it."))
        .containsExactly("Roberts");
  }

  @org.junit.jupiter.api.Test
  void whoAMessageSpeaksToAtItsStart() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "10:32 Kelechi: Jordan I will find you"))
        .containsExactly("Kelechi", "Jordan");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "10:33 Mehmet: Grace, can you ring?"))
        .containsExactly("Mehmet", "Grace");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "10:34 Jess: Will you be in?"))
        .containsExactly("Jess");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "10:37 Jess: Hope you are well"))
        .containsExactly("Jess");
  }

  @org.junit.jupiter.api.Test
  void aQuotedNicknameInsideANameKeepsTheNameWhole() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Tom \"Tucker\" Devlin has published his book."))
        .containsExactly("Tom \"Tucker\" Devlin");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Margaret \"Peggy\" \u00d3 D\u00e1laigh died."))
        .containsExactly("Margaret \"Peggy\" \u00d3 D\u00e1laigh");
  }

  @org.junit.jupiter.api.Test
  void theWordAfterNeeIsASurname() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Elsie May Thwaite (n\u00e9e Foxton), aged 91"))
        .containsExactly("Elsie May Thwaite", "Foxton");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Mrs Irene Smith nee Marsh"))
        .containsExactly("Mrs Irene Smith", "Marsh");
  }

  @org.junit.jupiter.api.Test
  void vietnameseLettersWithTwoMarksAreLookedUpWithoutThem() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Nguy\u1ec5n V\u0103n Minh works in Hanoi."))
        .containsExactly("Nguy\u1ec5n V\u0103n Minh");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Nguy\u1ec5n works in Hanoi."))
        .containsExactly("Nguy\u1ec5n");
  }

  @org.junit.jupiter.api.Test
  void aVerbAfterTheNounNameIsNoName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "A memorial lecture in her name will be held."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aMiddleNameListedAsASurnameCarriesTheCommonSurnameAfterIt() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Dr Parminder Kaur Gill (BSW 1988) has been awarded a prize."))
        .containsExactly("Dr Parminder Kaur Gill");
  }

  @org.junit.jupiter.api.Test
  void anUnknownWordWithTheEndingOfAPlaceOrAHomeIsNoName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "The Benefice of Kirkby Underdale with Thixendale. A concert at St Mary's, Thixendale."))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "He lived at Ashgrove from 1958. Ashgrove was cold. Not every memory of Ashgrove is happy."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theArticleBeforeAnAdjectiveOfAnAgeIsNoInitial() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "In 2022.\n\nA Victorian villa becomes a home")).isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "An Edwardian terrace.")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theAuthorOfAQuotedWorkWithItsYearIsCited() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "The course uses Rowan Williams, \"Being Christian\" (SPCK, 2014), for the talks.")).isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "We met Rowan Williams, \"the best\" of them (he said in 2014)."))
        .containsExactly("Rowan Williams");
  }

  @org.junit.jupiter.api.Test
  void britishShortFormsOfGivenNamesAreGivenNames() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Can I have everyone's attention? Gaz, that means you."))
        .containsExactly("Gaz");
  }

  @org.junit.jupiter.api.Test
  void whoAfterAWordNoListKnowsSpeaksOfAPerson() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "It was late. Mthunzi, who I know, ate."))
        .containsExactly("Mthunzi");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "They asked Cafcass, who said no.")).isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Chantelle Rowley, from Ocker Hill, who helped"))
        .containsExactly("Chantelle Rowley");
  }

  @org.junit.jupiter.api.Test
  void aNamePartInCapitalsBeforeAName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Pupil: KOVALENKO Bohdan Oleksandrovych\nClass: 7-B"))
        .containsExactly("KOVALENKO Bohdan Oleksandrovych");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Very truly yours,\n\nJOSEFINA M. BAUTISTA\nVice Consul"))
        .containsExactly("JOSEFINA M. BAUTISTA");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Referral from CAMHS Sarah Jones rang."))
        .containsExactly("Sarah Jones");
  }

  @org.junit.jupiter.api.Test
  void theWordAfterSurnameIsOne() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Her surname Okafor was kept.")).containsExactly("Okafor");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Her surname was changed.")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void wordsThatAreNoNames() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "to his friends in 7-B. Glory to Ukraine!")).isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "First Responder Organisation: Oldham Council\nFirst Responder: Siobh\u00e1n Kavanagh"))
        .containsExactly("Siobh\u00e1n Kavanagh");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "she \"misses Pap\u00e1 and Av\u00f3 Lurdes\" but also"))
        .containsExactly("Lurdes");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "and the Clifton Suspension Bridge, which she loves."))
        .doesNotContain("Clifton Suspension");
  }

  @org.junit.jupiter.api.Test
  void aNameWrittenFamilyNameFirstWithACommaIsOneName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Required: Whitfield, Joanne; Costa, Rui\nOptional: none"))
        .containsExactly("Whitfield, Joanne", "Costa, Rui");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "her sons Kyle, Dean and Jordan"))
        .doesNotContain("Kyle, Dean");
  }

  @org.junit.jupiter.api.Test
  void aGivenNameWithTheInitialOfASurnameIsAName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Later Lewis W. made the wraps."))
        .containsExactly("Lewis W.");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "13:20 Day - Radu I. Lunch eaten. Gaz I know."))
        .containsExactly("Radu I.", "Gaz");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "For the reasons given by Carr J, the appeal fails."))
        .containsExactly("Carr");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Child A and Family B met Mr X.")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void initialsBeforeASurnameAreNoCitation() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Readers: S. Hughes, A. Ferreira"))
        .containsExactly("S. Hughes", "A. Ferreira");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "(Hughes, S. and Ferreira, A., 2020)")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aCallerSaysWhoTheyAre() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "\"Hi there, it's Rob from the Young Carers Project.\""))
        .containsExactly("Rob");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Hello, this is Ifeoma here, returning your call."))
        .containsExactly("Ifeoma");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Well, it's Christmas. This is Hope for the future."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aGivenNameBeforeOrAndAFullName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Tickets from Pat or Eileen Fairbairn."))
        .containsExactly("Pat", "Eileen Fairbairn");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Bread or Eileen Fairbairn's cakes."))
        .containsExactly("Eileen Fairbairn");
  }

  @org.junit.jupiter.api.Test
  void aBabyNamedAsRecordsDo() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Please pray for Eileen Pugh, Baby Oliwia, Colm Brennan."))
        .containsExactly("Eileen Pugh", "Oliwia", "Colm Brennan");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "We had a visit from Baby Bank and Baby Shark.")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void placesListedWithPlaces() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Time zone: (UTC+00:00) Dublin, Edinburgh, Lisbon, London"))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Present: Chelsea, Jordan and Paris")).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void readingsRiversAndDaysAreNoNames() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Readings: Isaiah 40:1-5, 9-11; 2 Peter 3:8-14; John 3:16-18."))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "We paddled the River Tay, then Loch Lomond, with Mia."))
        .containsExactly("Mia");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Bernie is in on Tuesdays, Marisol on Thursdays."))
        .containsExactly("Bernie", "Marisol");
  }

  @org.junit.jupiter.api.Test
  void speakersInCapitalsOfATranscript() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "LORRAINE: Morning. Let's go to Bill in Blaydon.\nBILL: Morning, pet.\nACTION: Action for Children to call."))
        .contains("LORRAINE", "BILL")
        .doesNotContain("ACTION", "Action");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "JASWINDER: Hello.\nNOTE: none.\nJASWINDER: Yes.")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void eponymsPublishersAndMeasuresAreNoNames() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Barrett's oesophagus. Bell's palsy and a Colles' fracture; Lewy body dementia.")).isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Later Amir's mum rang.")).containsExactly("Amir");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Ferguson, H. (2011) Child Protection Practice. Basingstoke: Palgrave Macmillan.")).isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "We met Jessica Kingsley: she said hello."))
        .containsExactly("Jessica Kingsley");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "HR 104, SpO2 93% air, seen by Ms Okoro.")).containsExactly("Ms Okoro");
  }

  @org.junit.jupiter.api.Test
  void aCourtListWritesTheSurnameFirstInCapitals() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "1. HOLLINGWORTH, Kieran James    Age: 27\n4. McCRORY, Declan Seamus   Age: 52"))
        .containsExactly("HOLLINGWORTH, Kieran James", "McCRORY, Declan Seamus");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "NOTE, Kieran James")).containsExactly("Kieran James");
  }

  @org.junit.jupiter.api.Test
  void theServicesOfAnAreaAreNoPerson() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Focused visit to Rotherdale children's services. The model, Rotherdale Together, works.")).isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Priya's social worker rang.")).containsExactly("Priya");
  }

  @org.junit.jupiter.api.Test
  void namesAfterARoleWrittenInCapitals() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Handover given to: Charge Nurse Osaze Igbinedion, majors."))
        .containsExactly("Osaze Igbinedion");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "The Nurse Practitioner Service and a Social Worker Training Day"))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void placesVisitedAndNationalBodies() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "A home visit to Whitby is a day; you phoned Age UK, the GP."))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "I visited Jordan at home. Jane Smith UK lead."))
        .containsExactly("Jordan", "Jane Smith");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "LORRAINE: Morning, Bill.\nBILL: Morning, pet."))
        .containsExactly("LORRAINE", "Bill", "BILL");
  }

  @org.junit.jupiter.api.Test
  void streetsAndTownsAfterThemAreNoNames() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "The family attend Holy Trinity church on Philip Lane; we met at Cabot Circus.")).isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Courthouse, Baker Street, Fenton")).isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Present: Tom Lane, Jane Fenton"))
        .contains("Jane Fenton");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "She relied on Sarah Hill, her aunt.")).containsExactly("Sarah Hill");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Her carers: \"it's Butlin's\", she said.")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aSurnameInCapitalsBeforeItsGivenNamesTakesThemAll() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Child: LIU, Jiahao (11)    Area: Grenoside"))
        .containsExactly("LIU, Jiahao");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Student: AMANKWAH-DOYLE, Chelsea"))
        .containsExactly("AMANKWAH-DOYLE, Chelsea");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "  \"name\": \"HASSAN, Amina Yusuf\","))
        .containsExactly("HASSAN, Amina Yusuf");
    // an abbreviation in a sentence's middle is no surname
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Worker Niamh (previous RHI, Tiana engaged)"))
        .doesNotContain("RHI");
  }

  @org.junit.jupiter.api.Test
  void aSurnameInCapitalsAfterAGivenName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Name: Aarti Kumari PASWAN Date of birth: 02-08-2010"))
        .containsExactly("Aarti Kumari PASWAN");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Adam's EHCP was reviewed; Jordan's YOT ref is new."))
        .doesNotContain("EHCP", "YOT");
  }

  @org.junit.jupiter.api.Test
  void namesWithAMiddleInitialATitleWordOrAPlaceForAGivenName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "I met Marcus T. Bellamy at court."))
        .containsExactly("Marcus T. Bellamy");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Mr Lloyd Bishop told me."))
        .containsExactly("Mr Lloyd Bishop");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "It was looked into by Jordan Pickersgill."))
        .containsExactly("Jordan Pickersgill");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "The core text is Michael Preston-Shoot's book."))
        .containsExactly("Michael Preston-Shoot");
    // a place of two words stays a place; a title before a name stays a title
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Her sister rings from Milton Keynes.")).isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "I used Gibbs' model and Kolb's cycle.")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aTextAllInLowerCaseHasItsNamesInLowerCaseToo() {
    String letter = "hi its me. i want to stay with bev and clive. bev takes me swimming. i said"
        + " sorry to mr okonkwo at school. paul is my social worker. thanks for reading.";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, letter))
        .containsExactly("bev", "clive", "bev", "okonkwo", "paul");
    // in a text written with capitals, a lower-case word stays a word
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "We met at the school. The paul bunyan statue is"
        + " old. It was fine. We left. Then we went home.")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void statesAndProvincesAbroadAreNeverRepeatedUnknownNames() {
    String report = "The family may travel to Bihar in November. The risk rises in Bihar, where the"
        + " father's family lives. Her aunt moved to Ohio; Ohio has no family court hearing yet.";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, report)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void languagesAndWordsOfTeReoMaoriAreNoNames() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Speaking Romani rather than Romanian, she interprets in Twi, Fante and Tigrinya."))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "The Whānau met at the Marae; Matua Pita Kereama opened with Karakia."))
        .containsExactly("Pita Kereama");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Guardian ad litem: Priya Venkataraman, Esq."))
        .containsExactly("Priya Venkataraman");
  }

  @org.junit.jupiter.api.Test
  void fictionReferencingStylesCountiesRoomsAndAmericanCaseNames() {
    for (String text : new String[] {
      "He has read every Harry Potter book and loves Mary Poppins and Peter Pan.",
      "Use consistent Harvard style throughout.",
      "We no longer use the label \"Diogenes syndrome\".",
      "IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO",
      "The interest recognized in Santosky v. Kramer, 455 U.S. 745 (1982) applies.",
      "Source: Midwife, Jessop Wing"
    }) {
      assertThat(Scans.found(IdentifierKind.PERSON_NAME, text)).as(text).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void aGivenNameThatIsAlsoAWordAfterACapitalisedRole() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Health Visitor Joy Ogundipe of NHS Greater Glasgow visited."))
        .containsExactly("Joy Ogundipe");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Ask the Support Worker Hope Street team."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void thePlaceOfAPeersTitleIsNoPerson() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Baroness Hale of Richmond said so in Re B."))
        .containsExactly("Baroness Hale");
  }

  @org.junit.jupiter.api.Test
  void aNameAfterAPoliceRank() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Detective Sergeant Mark Hollis of Merseyside Police said enquiries continue."))
        .containsExactly("Mark Hollis");
  }

  @org.junit.jupiter.api.Test
  void whoSaysIAmIsNamedAfterIt() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Hi, I'm Kemi and I've been a social worker for ten years. I'm Jas, a student."))
        .containsExactly("Kemi", "Jas");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "I'm Happy to help. I'm British and I'm Deaf."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aNameSignedWithKisses() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "DM me if you want the slides. Becks x"))
        .containsExactly("Becks");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Lots of love, Nan x")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aGivenNameBeforeFromAndABodysName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Spoke with Jade from Early Help today."))
        .containsExactly("Jade");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "10:30 Welcome from the Bristol Care Leavers"))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Case note: HV visit. Nain also there."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aBuildingNamedAfterATitledPersonIsNoPerson() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Day 2 is in the Lord Collingwood Suite, then Sir Kenneth Green Library, Room 0.14."))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Ask Dr Amir Khan Centre Manager or Mrs Amy Hall about parking."))
        .contains("Mrs Amy Hall");
  }

  @org.junit.jupiter.api.Test
  void packNamesPlanetsGodsAndAMosesBasketAreNoPeople() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Akela writes: Baloo cooked and Bagheera ran the game. Kofi spotted Jupiter. Her story is"
            + " how Tāne pushed apart Ranginui. Safe sleep: Moses basket in the parents' room."))
        .containsExactly("Kofi");
  }

  @org.junit.jupiter.api.Test
  void aWelshCountyAndTheBodiesAndPeoplesOfAotearoaAreNoPeople() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "CYNGOR SIR DYFFRYN TEIFI / TEIFI VALLEY COUNTY COUNCIL. Rhiannon from Gyngor Sir"
            + " Ceredigion is in the library."))
        .containsExactly("Rhiannon");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Iwi: Ngāti Porou (through mother). Her aunt Ngaio will see a Whānau Ora navigator and Kāinga Ora."))
        .containsExactly("Ngaio");
  }

  @org.junit.jupiter.api.Test
  void aPersonsCueOutweighsAPlacesCueForAWordNoPlaceListHolds() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "A statement from Tendai's close friend was read. He learned of it from Tendai herself."
            + " Later Tendai was seen at the flat."))
        .containsExactly("Tendai", "Tendai", "Tendai");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Chelsea's mum came to the office. They had moved in from Chelsea in May."))
        .containsExactly("Chelsea");
  }

  @org.junit.jupiter.api.Test
  void aSurnameThatIsAlsoASmallPlaceOrACommonWordEndsAGivenName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Interview by Ellie Moss, published today. Thurs shadowed Gemma Hope on a visit."))
        .containsExactly("Ellie Moss", "Gemma Hope");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Reviewer: Helen Young, Service Manager"))
        .containsExactly("Helen Young");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "She gave Helen Young Carers leaflets."))
        .doesNotContain("Helen Young");
  }

  @org.junit.jupiter.api.Test
  void aNameFoundElsewhereIsANameInLowerCaseTooUnlessAWordSpellsIt() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Supervision with jo on Friday. Jo said to slow down."))
        .containsExactly("jo", "Jo");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Grace said she would come. We said grace with the family."))
        .containsExactly("Grace");
  }

  @org.junit.jupiter.api.Test
  void aRoleWithAnAdjectiveAfterANameAndAPossessiveNameAfterTo() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Thanks to Rukhsana, our advanced practitioner, for the notes."))
        .containsExactly("Rukhsana");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "We went to Harry Smith's house."))
        .containsExactly("Harry Smith");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Buses from Temple Meads run late."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aRequestToAskOrCallSomeoneAndAVerbOfRecallingAfterAName() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Ask Tom if he minds. Call Centre staff help."))
        .containsExactly("Tom");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "In the review Helen recalled that it went well."))
        .containsExactly("Helen");
  }

  @org.junit.jupiter.api.Test
  void aTitleWordAfterAPlainTitleOrAPoliceRankIsASurname() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Mr Bishop said no. PC Bishop's sergeant came. Mrs Canon agreed."))
        .containsExactly("Mr Bishop", "Bishop", "Mrs Canon");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Mr Justice Hadley said so."))
        .containsExactly("Hadley");
  }

  @org.junit.jupiter.api.Test
  void figuresOfFictionFaithsFirmsOfSonsAndWelshCollegesAreNoPeople() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Better than Mrs Doubtfire. He read The Story of Tracy Beaker. They call him Tommy Shelby."
            + " We went the full Monty. The hold music was Greensleeves."))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "He is a practising Pentecostal Christian. Ask Mr Bilal Chaudhry of Chaudhry & Sons"
            + " Haulage. Amara studies at Coleg Gwent."))
        .containsExactly("Mr Bilal Chaudhry", "Amara");
  }

  @org.junit.jupiter.api.Test
  void aNicknameInSingleQuotesAndASurnameWithSaint() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "We host this post by Kathleen 'Kat' McDonagh, a writer."))
        .containsExactly("Kathleen 'Kat' McDonagh");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "And Deborah St John-Mills, our Director, backed this. Rhys St Clair said so."))
        .containsExactly("Deborah St John-Mills", "Rhys St Clair");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Mary St John Ambulance came."))
        .containsExactly("Mary");
  }

  @org.junit.jupiter.api.Test
  void aGivenNameThatIsAlsoAWordOrAPlaceBeforeASurnameNoWordSpells() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "- Hope Ndlovu (Mosaic 3371902), aged 4"))
        .containsExactly("Hope Ndlovu");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "We flew to Addis Ababa, then to Milton Keynes, and walked in Hope Valley."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aGivenNameShapedLikeANationalityBeforeANameWithAnAge() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Kayleigh Foster, 26, and Aurelian Stoica, 31, were in court."))
        .containsExactly("Kayleigh Foster", "Aurelian Stoica");
  }

  @org.junit.jupiter.api.Test
  void aSurnameInCapitalsAfterAnUnlistedGivenNameAndANicknameInCapitals() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "1.1 Lerato MOKOENA, female, born 2013"))
        .containsExactly("Lerato MOKOENA");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Youth worker Jermaine \"JJ\" Johnson, 4CT Youth Service"))
        .containsExactly("Jermaine \"JJ\" Johnson");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Call Kirklees SEND team. The Ofsted REPORT."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void bridgesStationsTemplesMosquesAndFestivalsNamedAfterPeopleAreNoPeople() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Photos of Clifton Suspension Bridge. He works at Bara Taxi Rank and attends Masjid Umar."
            + " They go to the Sai Baba Mandir hall for Chhath Puja. Kia kaha. He loves Lego."))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Jane Bridge said she would come."))
        .containsExactly("Jane Bridge");
  }

  @org.junit.jupiter.api.Test
  void aChainNamedWithItsPossessiveIsAPlaceUnlessAGivenNameOrATitleGoesBefore() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "We went to the McDonald's on Soho Road, then lunch at Nando's."))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Sarah McDonald's daughter came."))
        .containsExactly("Sarah McDonald");
  }

  @org.junit.jupiter.api.Test
  void aNameFoundElsewhereIsANameInCapitalsTooUnlessAWordSpellsIt() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Thanks to my mentor Segun for everything. SEGUN you absolute legend."))
        .containsExactly("Segun", "SEGUN");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Will said he would come. WILL THIS WORK? Ask Amy. AMY"))
        .containsExactly("Will", "Amy", "AMY");
  }

  @org.junit.jupiter.api.Test
  void aDisplayNameBeforeAHandleOnAPostsHeaderLine() {
    String thread = "**kwabena** @kwab_sw_newcastle \u00b7 8h Replying\n"
        + "**Helen W** @helenw_adoptivemum \u00b7 4h Re\n"
        + "**Leeds** @LeedsCC \u00b7 2h\n";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, thread)).containsExactly("kwabena", "Helen W");
  }

  @org.junit.jupiter.api.Test
  void aCityAbroadAfterAWordTelevisionCharactersAndTheDomainsAbbreviationsAreNoPeople() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "The best pastéis de nata this side of Lisbon. Every TM has a bit of David Brent in"
            + " them. Like Trigger's broom. It was Valentine's Day. NQSW, 8 months into my ASYE."))
        .isEmpty();
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Eucharistic Ministers: Lewis, Mendoza, Nwachukwu. Thanks to Chelsea Moore."))
        .contains("Mendoza", "Chelsea Moore");
  }

  @org.junit.jupiter.api.Test
  void desAndDelCapitalisedInAListOfNamesAreNames() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Margaret and Des in Chatham, retired."))
        .containsExactly("Margaret", "Des");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "She studied at De Montfort University."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aVietnameseGivenNameAfterTheMiddleNameWhateverElseItSpells() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Father: Nguyễn Văn Long\nSibling: none"))
        .containsExactly("Nguyễn Văn Long");
  }

  @org.junit.jupiter.api.Test
  void aNameInLowerCaseGlossedByItselfInFull() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "Thurs shadowed gemma (Gemma Hope) on a visit."))
        .containsExactly("gemma", "Gemma Hope");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, "the grace (Grace period) ends")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theDisplayNameBeforeAnAddressInAngleBracketsIsAName() {
    String header = "From: mrs j patterson <jpatterson1954@example.com>\n"
        + "To: Safeguarding Team <safeguarding@example.org>; Leeds Duty <duty@example.org>\n"
        + "Please write to us at <info@example.org> today.\n";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, header)).containsExactly("mrs j patterson");
  }

  @org.junit.jupiter.api.Test
  void aNicknameInBracketsInsideANameAndASurnameAfterANameFoundElsewhere() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Student: Oluwaseun (Seun) Adebayo-Clarke Date of birth: 14/02/2013"))
        .containsExactly("Oluwaseun (Seun) Adebayo-Clarke");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
        "Hiya it's Jordan ... um ... Jordan Wright, I was in the Leaving Care team"))
        .containsExactly("Jordan", "Jordan Wright");
  }

  @org.junit.jupiter.api.Test
  void theNameACommentIsSignedWithAboveIt() {
    String comments = "6 responses\n\nPeter Stirling \u2013 24 May\nReally useful.\n\n"
        + "Gareth \u2013 26 May \"The same thing\"\n";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, comments))
        .containsExactly("Peter Stirling", "Gareth");
  }

  @org.junit.jupiter.api.Test
  void aNameFoundCapitalisedIsANameInLowerCaseLaterUnlessAWordSpellsIt() {
    String log = "12:10 SENT: Hi, it's Callum from children's services. Grace said hi.\n"
        + "12:15 RECEIVED: thank you callum. grace too. my snap is callum.k.lfc\n";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, log))
        .containsExactly("Callum", "Grace", "callum");
  }

  @org.junit.jupiter.api.Test
  void theFirmInstructedIsNoPersonButAPersonInstructedIs() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
            "Ms Jenkins (instructed by Parry Roberts & Eames) for the mother. Counsel, instructed"
                + " by INQUEST caseworker Ms Ruth Adjei, for the family."))
        .containsExactly("Ms Jenkins", "Ms Ruth Adjei");
  }

  @org.junit.jupiter.api.Test
  void aTranscriptsSpeakersAndTheNamesInItsTurnsInLowerCase() {
    String transcript = "Transcript\n\n"
        + "jess okon-whyte   0:03\nok can everyone hear me is kelly on yet\n\n"
        + "Kelly Nwosu   0:07\nyeah i'm here in the car\n\n"
        + "jess okon-whyte   0:11\nno worries so quick one today\n\n"
        + "Kelly Nwosu   0:15\nfine by me\n\n"
        + "Chat ended   1:02:45\n";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, transcript))
        .containsExactly(
            "jess okon-whyte", "kelly", "Kelly Nwosu", "jess okon-whyte", "Kelly Nwosu");
  }

  @org.junit.jupiter.api.Test
  void aSpeakerLabelThatIsTheGivenNameOfAnIdiom() {
    String interview = "OT: So let's go back.\nJOE: I remember the car.\nOT: Five?\n"
        + "JOE: Five houses.\nNOTE: recorded\n";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, interview)).containsExactly("JOE", "JOE");
  }

  @org.junit.jupiter.api.Test
  void irishAndMaoriBodiesPlacesAndIdiomsAreNoPeople() {
    String report = "Caoimhe attends Scoil Mhuire in Lucan. The house was like Paddy's market."
        + " Garda Niall Cullinane came. She wants to see Mammy more. Her gran lives in"
        + " Ballinasloe, Co. Galway. Placement through Te Whare Awhina Tamariki; Rāwiri Kingi"
        + " spoke for Te Rūnanga o Ngāti Porou.\nNgā mihi,\nHēmi Tāwhiri\nShe was our Nanny"
        + " McPhee through the Windrush scandal.";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, report))
        .containsExactly("Caoimhe", "Niall Cullinane", "Rāwiri Kingi", "Hēmi Tāwhiri");
  }

  @org.junit.jupiter.api.Test
  void constituenciesFirmsLabelsAndCharactersAreNoPeople() {
    String text = "Mr Chinedu Ibe (Stockton North) (Lab) My hon. Friend is right. The hon. Member"
        + " for Stockton North asked. Flowers c/o Ebenezer Pike & Daughters, please.\n"
        + "Author: HF\nA Mr Tumble session, said Lord Muck.";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text)).containsExactly("Mr Chinedu Ibe");
    assertThat(Scans.found(IdentifierKind.DATE_OF_BIRTH,
            "MASH manager: Yasmin Haddad    17/03/2025 13:05\nTyler Smith 12/03/2016 at home."))
        .containsExactly("12/03/2016");
  }

  @org.junit.jupiter.api.Test
  void namesInARecordsHeaderAndNicknamesInQuotes() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
            "Person: Ebuka OKAFOR-REID   ID: 2210457\nName: MIHAI ANDREI\nKnown as:     Mișu\n"))
        .containsExactly("Ebuka OKAFOR-REID", "MIHAI ANDREI", "Mișu");
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
            "Tiffany Holt (\"Tiff\", Year 8) showed her. Boys call him \"Bookie\" at school."
                + " A game called \"Hydra Royale\" and the group (\"Voice Crew\") met."))
        .containsExactly("Tiffany Holt", "Tiff", "Bookie");
    assertThat(Scans.found(IdentifierKind.CASE_REFERENCE,
            "Person: Ebuka OKAFOR-REID   ID: 2210457\nMeeting ID: 381 552 906 117, Line ID 41172"))
        .containsExactly("2210457");
  }

  @org.junit.jupiter.api.Test
  void surnamesInLowerCaseAfterANameInALowerCaseText() {
    String text = "jess said hi. tessa bird is representing. kayleigh moss rang. mo cry a lot."
        + " ok then. yes fine. see you.";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text))
        .contains("tessa bird", "kayleigh moss")
        .doesNotContain("mo cry", "jess said");
  }

  @org.junit.jupiter.api.Test
  void welshNamesOfPlacesAndScoutSectionsAreNoPeople() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
            "She attends Ysgol y Felin. Ysgol Gynradd Cae'r Gwenyn is near. Ysgol staff said Tom"
                + " Jones was late. Their Chief Scout's Gold Award, via Online Scout Manager."))
        .containsExactly("Tom Jones");
  }

  @org.junit.jupiter.api.Test
  void aFullNameFoundOutweighsAPrepositionBeforeTheGivenNameElsewhere() {
    assertThat(Scans.found(IdentifierKind.PERSON_NAME,
            "We met Rawiri Kingi, kaiwhakarite. A mihi from Rawiri, who acknowledged it."))
        .containsExactly("Rawiri Kingi", "Rawiri");
  }
}
