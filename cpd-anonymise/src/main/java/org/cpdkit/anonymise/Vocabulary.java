package org.cpdkit.anonymise;

/**
 * The small word lists that give context: titles, family and role words, reporting verbs, the
 * vocabulary of social work, cited theorists, and the cue words of the structured kinds. They are
 * the domain's general language, not strings from any one text.
 */
final class Vocabulary {
  static final int TITLE = 1; // Mr, Mrs, DC: a name follows
  static final int FAMILY_TITLE = 1 << 1; // Nan, Auntie, Uncle: a name may follow, any case
  static final int ROLE = 1 << 2; // mum, partner, the child, my client
  static final int REPORTING = 1 << 3; // said, told, disclosed
  static final int AUX = 1 << 4; // was, is, has: weak
  static final int STOP = 1 << 5; // never a person on its own evidence
  static final int ORG_NEXT =
      1 << 6; // Council, Team, Academy: the capitalised word before is an organisation
  static final int THEORY_NOUN = 1 << 7; // model, cycle, theory
  static final int DETERMINER = 1 << 8; // the, a, this
  static final int PLACE_PREP = 1 << 9; // in, from, near
  static final int POSS_DET = 1 << 10; // his, her, their, my
  static final int AGE_WORD = 1 << 11; // aged, age
  static final int STREET = 1 << 12; // Road, Lane
  static final int DOB_CUE = 1 << 13; // born, dob
  static final int CASE_SYSTEM = 1 << 14; // LCS, Mosaic, ref: a reference follows
  static final int CASE_NOUN = 1 << 15; // case, file, client: needs a connector word
  static final int CONNECTOR = 1 << 16; // number, no, id, is
  static final int CITE_BEFORE = 1 << 17; // reading, according, cited
  static final int CITE_AFTER = 1 << 18; // argues, suggests
  static final int MONTH = 1 << 19;
  static final int NUMBER_NOUN =
      1 << 20; // section, standard, page: the number after is not a house number
  static final int AND = 1 << 21;
  static final int URL_START = 1 << 22; // http, https, www
  static final int THEORIST = 1 << 23;
  static final int YEARS = 1 << 24; // years, yrs, months
  static final int FLAT = 1 << 25; // flat, apartment
  static final int ORDINAL = 1 << 26; // st, nd, rd, th
  static final int NHS_CUE = 1 << 27;
  static final int CONTACT = 1 << 28; // spoke, talked, phoned: a person follows (after to/with)
  static final int NAMING = 1 << 29; // called, named, nicknamed, known: a name follows
  static final int OBJECT = 1 << 30; // him, her, them: between a naming verb and the name
  static final int LINK = 1 << 31; // to, with, as: between a contact or naming verb and the name

  private Vocabulary() {}

  static Lexicon build() {
    // 4,096 slots, about a third full: few probes for the many words it does not hold
    Lexicon v = new Lexicon(2048);
    add(
        v,
        TITLE,
        "mr mrs ms miss mx dr prof professor dc ds pc di dci sgt cllr councillor judge sir dame"
            + " lady lord baroness revd"
            // a ward sister or a minister of religion, capitalised before a name: Sister Oliveira
            + " sister matron pastor imam rabbi reverend rev canon bishop brother"
            // the Irish police's rank before a name: Garda Niall Cullinane
            + " garda");
    add(
        v,
        FAMILY_TITLE,
        "nan nana nanna nanny grandad grandpa grandma granny gran auntie aunty aunt uncle"
            // what children call a parent or a grandparent in the languages of many families
            + " tata babcia dziadek mamusia nani nanima dadi dada abba abbu ammi ammu oma opa"
            + " papa mama avo avó avô abuela abuelo abuelita tia tio tía tío nonna nonno"
            // Mum Tendai, Dad Kevin: as records write a parent's role before the name
            + " mum dad mam mom"
            // Baby Oliwia: as records and prayer lists name an infant
            + " baby"
            // Matua Pita, Gogo Dlamini: elders and grandparents in te reo Māori and isiZulu
            + " matua whaea koro kuia gogo mkhulu ouma oupa"
            // Babaanne, Dede, Bunica: Turkish and Romanian grandparents
            + " babaanne anneanne dede bunica bunicul"
            // Nain Gwen, Taid Huw: Welsh grandparents
            + " nain taid mamgu tadcu");
    add(
        v,
        ROLE,
        "tata babcia dziadek mamusia nanima dadi abbu ammi ammu oma opa mammy mammie "
            + "papa mama avo avó avô abuela abuelo abuelita tia tio tía tío nonna nonno "
            + "matua whaea koro kuia gogo mkhulu ouma oupa nain taid mamgu tadcu "
            + "babaanne anneanne dede bunica bunicul mam nani dada abba "
            + "mum mom mummy mother dad daddy father stepdad stepmum stepfather stepmother brother sister"
            + " sibling siblings son daughter grandmother grandfather grandson granddaughter nan"
            + " nana grandad grandma granny aunt auntie aunty uncle cousin niece nephew partner"
            + " boyfriend girlfriend husband wife fiance fiancee ex carer carers child baby toddler"
            + " teenager boy girl client student pupil colleague manager supervisor teacher"
            + " headteacher worker practitioner nurse gp officer advocate friend neighbour learner"
            + " mentee mentor guardian person woman man resident patient tenant keyworker twin"
            + " parent father's named called sons daughters brothers sisters kids children"
            + " grandchildren grandsons granddaughters parents cousins nieces nephews twins"
            // people named by their work: the trainer Gill Haworth, the coordinator Rose Nowacka
            + " trainer coordinator facilitator chair chairperson presenter speaker lecturer tutor"
            + " assessor therapist psychologist psychiatrist counsellor solicitor barrister"
            + " interpreter caseworker volunteer coach midwife paediatrician doctor clinician"
            + " researcher inspector chaplain administrator receptionist adviser advisor seamstress"
            + " director lead"
            // the same in the plural: one of our interpreters, Zarghuna, taught me
            + " students pupils colleagues managers teachers workers practitioners nurses officers"
            + " advocates friends neighbours learners mentors trainers facilitators interpreters"
            + " volunteers clients residents patients tenants");
    add(
        v,
        REPORTING,
        "said says told tells explained explains disclosed discloses shared shares reported reports"
            + " asked asks felt feels wanted wants talked spoke speaks cried refused refuses agreed"
            + " agrees admitted denied stated mentioned described describes became seemed appeared"
            + " lives lived attends attended moved returned came went smiled laughed thought thinks"
            + " knew showed drew played struggled struggles began started replied answered"
            + " whispered shouted screamed insisted confirmed worried loves loved likes liked hates"
            + " hated needs needed tried tries managed left arrived joined presented engaged"
            + " disengaged declined initially who rang phoned texted emailed messaged ran slept"
            + " hit kicked punched ate recalls recalled adds added commented");
    add(
        v,
        AUX,
        "was is has had would could did does will can cannot couldn wasn isn hasn didn doesn"
            + " wouldn");
    add(
        v,
        STOP,
        "i january february march april may june july august september october november december"
            + " monday tuesday wednesday thursday friday saturday sunday christmas easter eid"
            + " mondays tuesdays wednesdays thursdays fridays saturdays sundays"
            // Welsh words that open sentences of bilingual notices: our, your, was, are you,
            // welcome, thanks, congratulations
            + " ein eich roedd ydych croeso diolch llongyfarchiadau"
            // the domain's words the word list lacks
            + " hons reablement referrer referrers comms esq esquire"
            // a record's field labels: Author: HF
            + " author"
            // the sections of a scout group: Chief Scout's Award, Online Scout Manager
            + " scout scouts cubs beavers brownies"
            // I'm, I've: hashed as their letters, contractions of "I"
            + " im ive"
            // languages a record says someone speaks or an interpreter works in
            + " romani romanes fante twi hausa igbo yoruba tigrinya amharic oromo pashto dari"
            + " farsi sorani kurmanji lingala ndebele xhosa isixhosa isizulu sesotho setswana"
            + " sepedi tagalog sylheti gujarati telugu malayalam kannada marathi nepali sinhala"
            + " cantonese mandarin hakka khmer burmese swahili luganda kinyarwanda krio makaton"
            + " afrikaans"
            // words of te reo Māori that New Zealand records use as English does
            + " whānau whanau tamariki oranga iwi hapū hapu marae karakia mihi whakapapa"
            + " kaumātua kaumatua ngāti ngati kāinga kainga kōhanga kohanga tikanga wairua hui"
            + " pākehā pakeha tangata whenua mokopuna"
            + " diwali ramadan england wales scotland ireland britain british english welsh"
            + " scottish irish uk european europe london manchester birmingham leeds liverpool"
            + " bradford sheffield bristol newcastle nottingham leicester coventry hull york kent"
            + " essex surrey sussex devon cornwall yorkshire lancashire cumbria durham norfolk"
            + " suffolk cardiff swansea glasgow edinburgh belfast derby stoke salford wigan bolton"
            + " oldham rochdale bury stockport trafford tameside wirral sefton knowsley social work"
            + " children act care camhs mash iro plo nspcc cafcass barnardo barnardos ofsted nhs gp"
            + " nqsw asye psw amhp edt las"
            + " council court police health safety signs education family justice parliament"
            + " government department school academy college university hospital trust team service"
            + " services god allah jesus muslim christian hindu sikh jewish catholic islam covid"
            + " pentecostal methodist baptist anglican evangelical lutheran presbyterian quaker"
            + " adventist sunni shia shiite sufi rastafarian buddhist gregorian"
            + " zoom teams whatsapp facebook instagram tiktok snapchat twitter google youtube"
            + " standard standards section article reflection supervision practice he she it we"
            + " they you me him us them here there this that what when where why how who yes no ok"
            + " okay hi hiya heya howdy hello dear thanks young old new first last next mon tue tues wed thu thur"
            + " thurs fri sat sun feb apr jun jul aug sep sept oct nov dec north south east west"
            + " northern southern eastern western central african asian caribbean american"
            + " australian chinese indian pakistani bangladeshi nigerian ghanaian somali eritrean"
            + " ethiopian sudanese afghan syrian iraqi iranian kurdish turkish polish romanian"
            + " lithuanian latvian albanian czech slovak russian ukrainian portuguese spanish"
            + " italian french german dutch jamaican filipino vietnamese roma gypsy traveller"
            + " arabic urdu punjabi bengali sylheti gujarati tamil hindi farsi dari pashto tigrinya"
            + " amharic mandarin cantonese yoruba igbo twi swahili lingala makaton bsl parkinson"
            + " alzheimer asperger huntington crohn tourette down korsakoff acts law laws order"
            + " orders regulations guidance policy protocol civ fam ewca ewhc uksc ewfc ewcop"
            + " admin qb kb ukut eat ukeat"
            // firms, apps and charities that say and are told things in the news and in notes
            + " tesco asda sainsbury sainsburys aldi lidl morrisons waitrose primark argos"
            + " amazon microsoft netflix spotify roblox fortnite minecraft discord telegram insta"
            + " twitch"
            + " unicef oxfam mencap nacro coram kooth childline samaritans healthwatch unison"
            + " ofcom ofgem ofqual dwp hmrc monzo barclays natwest hsbc starling revolut barts"
            // Welsh words of public bodies' and posts' names: Gwasanaethau Cymdeithasol, Uwch
            // Weithiwr Cymdeithasol, Lleisiau Ifanc, Bwrdd Iechyd
            + " gwasanaethau cymdeithasol teuluoedd ifanc lleisiau uwch gweithiwr weithiwr"
            + " dyffryn cyngor bwrdd iechyd prifysgol cymru llywodraeth gofal cymorth swyddog"
            + " rheolwr diogelu oedolion pobl cymunedol addysg gwaith cymraeg glannau");
    add(
        v,
        THEORIST,
        "gibbs kolb driscoll schon schön bronfenbrenner maslow bowlby munro ferguson rogers"
            + " ainsworth winnicott erikson piaget vygotsky freud bandura egan johns rolfe"
            + " brookfield fook honey mumford thompson dominelli payne trevithick turnell ruch"
            + " laming featherstone wonnacott hawkins shohet kadushin proctor kubler seligman"
            + " prochaska diclemente rollnick karpman berne bion goleman argyris mezirow knowles"
            + " boud lewin tuckman belbin lishman parton sidebotham forrester tedam howe beckett"
            + " fanshawe morrison schein senge kitwood bourdieu foucault marx rawls banks adams"
            + " healy fairtlough hollis dalzell sawyer smale hochschild");
    add(
        v,
        ORG_NEXT,
        "council councils team teams trust service services school academy college university"
            + " hospital centre center house court police borough county city project foundation"
            + " group partnership board unit clinic surgery hub church park nursery primary ward"
            + " association society network institute agency department programme program forum"
            + " panel act model framework triangle theory cycle street road avenue lane close drive"
            + " hall library infant junior high secondary sixth commission authority office ltd"
            + " limited plc charity operation");
    add(
        v,
        THEORY_NOUN,
        "model models cycle theory theories hierarchy framework approach triangle stages attachment"
            + " reflective principles method work research review study studies findings book paper"
            + " concept ideas argument typology");
    add(v, DETERMINER, "the a an this that these those another every each some any no");
    add(v, PLACE_PREP, "in from near towards across around outside inside into via");
    add(v, POSS_DET, "his her their my our your the its whose");
    add(v, AGE_WORD, "aged age");
    add(v, YEARS, "years yrs year yr months mths weeks yo");
    add(
        v,
        STREET,
        "road street lane avenue close drive way crescent grove court gardens place terrace walk dale"
            + " row hill park square mews rise view green parade gate gardens vale wharf quay"
            + " boulevard circus crest fold croft meadow meadows chase hollow bank side end"
            + " mount brow heights approach wynd brae garth mead nook");
    add(v, DOB_CUE, "born dob dobs birthday");
    add(
        v,
        CASE_SYSTEM,
        "lcs mosaic ics liquidlogic eclipse carefirst swift crn urn ucrn ref reference systmone"
            + " emis rio carenotes frameworki controcc servelec azeus paris protocol cpis pnc upn uln"
            + " mrn cro uan cad cris ccn systm datix");
    add(
        v,
        CASE_NOUN,
        "case file client person child record referral cp cin cla family crime incident log"
            + " occurrence court claim application hospital patient account appeal tribunal"
            + " complaint prison matter registration lac pupil student resident service user");
    add(
        v,
        CONTACT,
        "spoke speak speaking talked talk talking met meet meeting phoned rang texted emailed"
            + " visited visit saw see seeing"
            // ask Tom in commissioning, I told Kasia, thank Olga
            + " ask asked asking told tell telling informed thank thanked contacted");
    add(v, NAMING, "called named nicknamed known calls call name pseudonym surname forename");
    add(v, OBJECT, "him her them me us himself herself themselves");
    add(v, LINK, "to with as");
    add(v, CONNECTOR, "number no num id ref reference code is was nr");
    add(v, CITE_BEFORE, "reading according cited citing");
    add(
        v,
        CITE_AFTER,
        "argues argued suggests suggested notes noted writes wrote proposes proposed defines"
            + " defined et describes identifies identified emphasises highlights");
    add(
        v,
        MONTH,
        "january february march april may june july august september october november december"
            + " jan feb mar apr jun jul aug sep sept oct nov dec");
    add(
        v,
        NUMBER_NOUN,
        "section standard standards article page pages pp p para paragraph chapter part schedule"
            + " rule level step stage week weeks day days year years aged age room regulation reg"
            + " tier module unit session sessions hours hour minutes mins version v no number"
            + " around about over under nearly almost only just than within");
    add(v, AND, "and");
    add(v, URL_START, "http https www ftp sftp");
    add(v, FLAT, "flat apartment apt");
    add(v, ORDINAL, "st nd rd th");
    add(v, NHS_CUE, "nhs chi");
    NameWords.addTo(v);
    return v;
  }

  private static void add(Lexicon v, int flag, String words) {
    for (String w : words.split(" ")) {
      if (!w.isEmpty()) {
        v.add(w, flag);
      }
    }
  }
}
