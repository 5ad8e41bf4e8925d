import type { Flashcard, Question } from '../schema';

// The fact-check set: one fact-check per episode claim (seeds/podcast-claims.json); the answer is
// the claim's verdict, decided by the rubric in docs/fact-check.md.
export const questions: Question[] = [
	{
		id: 'podcast-vs-paper-check-c01',
		type: 'fact-check',
		claim: 'C01',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The episode names the paper correctly. It was published by Anthropic on the Transformer Circuits Thread on 27 March 2025, so nothing in the quote needs correcting.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'a fascinating paper titled "On the Biology of a Large Language Model."'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c02',
		type: 'fact-check',
		claim: 'C02',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper does study Claude 3.5 Haiku and calls it Anthropic’s lightweight production model at the time of writing. The model came out in October 2024, so “latest” was only true as of the March 2025 writing, a small caveat that does not change the verdict.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'It’s like a backstage pass to the inner workings of Claude 3.5 Haiku, Anthropic’s latest lightweight production model.'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c03',
		type: 'fact-check',
		claim: 'C03',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'Reverse engineering how the models work on the inside is the goal the introduction states outright. It pairs that aim with a second one: judging whether the models are fit for their purpose.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'the paper aims to reverse-engineer the internal mechanisms of these large language models'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c04',
		type: 'fact-check',
		claim: 'C04',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The introduction starts by setting the models’ impressive abilities against how little is known about the mechanisms behind them, and calls the black-box situation increasingly unsatisfactory. The hosts’ summary follows that opening closely.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'the ones that seem to have impressive capabilities but often act like a black box'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c05',
		type: 'fact-check',
		claim: 'C05',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The introduction says the black-box problem matters more as models become more capable and are put to use in a growing number of applications. The episode restates this motivation faithfully.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'The researchers want to shed light on how these models work, especially since they’re being deployed in more and more applications.'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c06',
		type: 'fact-check',
		claim: 'C06',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper leans on a biology analogy: tools such as the microscope drove progress in biology, and its circuit-tracing method plays that role for models, revealing features and the connections between them. The quote is a fair summary of that framing.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'Just like biologists use tools to understand living organisms, the authors are using a circuit tracing methodology to map out the features and interactions inside the model.'
			},
			paper: ['1', '2']
		}
	},
	{
		id: 'podcast-vs-paper-check-c07',
		type: 'fact-check',
		claim: 'C07',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'In the paper, the evolution line is about living organisms, not cells: organisms are the complex systems “sculpted by billions of years of evolution”. Cells belong to a separate comparison in which features are the model’s counterpart of cells, its basic building blocks. The slip is small, but it merges two different analogies.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They compare it to how cells are complex systems shaped by billions of years of evolution.'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c08',
		type: 'fact-check',
		claim: 'C08',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper itself compares mapping the connections between features to neuroscientists drawing a “wiring diagram” of the brain. The host’s question, answered with “Exactly!”, matches the text.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'So, it’s like they’re trying to build a wiring diagram of the model’s brain?'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c09',
		type: 'fact-check',
		claim: 'C09',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'Attribution graphs are the paper’s central tool: for one prompt, nodes stand for features, input tokens, error nodes and output logits, and edges for causal interactions. The episode skips that each graph is only a hypothesis checked by interventions, but the description it gives is accurate.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They’re using what they call attribution graphs to visualize how different features interact and lead to specific outputs.'
			},
			paper: ['2']
		}
	},
	{
		id: 'podcast-vs-paper-check-c10',
		type: 'fact-check',
		claim: 'C10',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'Both are real case studies in the paper. §3 traces two-step reasoning from Dallas to Texas to Austin, and §4 shows the model choosing its rhyme word before writing a line of a couplet.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They found some interesting behaviors, like how the model performs multi-step reasoning or plans ahead when generating poetry.'
			},
			paper: ['3', '4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c11',
		type: 'fact-check',
		claim: 'C11',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'This is almost how the paper puts it: on the newline before the second line, features for possible end words such as “rabbit” and “habit” are already active. The episode leaves out that such planning features were found in about half the poems examined, but the claim holds.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'before writing a line of a poem, it identifies potential rhyming words that could fit at the end'
			},
			paper: ['4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c12',
		type: 'fact-check',
		claim: 'C12',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'The planned end word shapes the line that leads to it: the “rabbit” plan helps produce the comparison word “like”, and injecting “green” at the newline makes the model rewrite the line so it ends in “green”. So the model does steer the structure of its output rather than picking words at random.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'So it’s not just spitting out random words; it’s actually thinking about the structure of its output?'
			},
			paper: ['4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c13',
		type: 'fact-check',
		claim: 'C13',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The introduction reports internal computations that are highly abstract and generalize across very different contexts. Its examples are the features shared across languages and an addition feature reused far outside arithmetic.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'they also uncovered how the model can generalize its reasoning across different contexts'
			},
			paper: ['1', '5', '6']
		}
	},
	{
		id: 'podcast-vs-paper-check-c14',
		type: 'fact-check',
		claim: 'C14',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'The paper’s evidence for generalization is that one and the same feature is reused in very different settings: the same antonym circuit in English, French and Chinese, or an addition feature firing inside journal citations. Coping with a slightly reworded prompt is a different property, and the paper’s one glimpse of it cuts the other way: in the jailbreak study, putting “Metabolism” in place of “Mustard” made the model likely to refuse. The paper also stresses that its results concern specific examples only.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'even if you change the prompt slightly, it can still apply the same underlying logic to come up with a relevant response'
			},
			paper: ['5', '6', '10', '14']
		}
	},
	{
		id: 'podcast-vs-paper-check-c15',
		type: 'fact-check',
		claim: 'C15',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'This is the hosts reflecting, not a report of a finding. The paper raises trust in one place, its medical case study, where it says interpretability could raise trust in a model’s outputs or lower it when that is warranted.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'It raises a lot of questions about how we interact with these models and the trust we place in them.'
			},
			paper: ['7']
		}
	},
	{
		id: 'podcast-vs-paper-check-c16',
		type: 'fact-check',
		claim: 'C16',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'Assessing the models’ “fitness for purpose” is one of the two reasons the introduction gives for reverse engineering them. The hosts echo the paper closely here.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'The more we understand how they work, the better we can evaluate their fitness for purpose in real-world applications.'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c17',
		type: 'fact-check',
		claim: 'C17',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper does open by arguing that the mechanisms behind language models’ abilities are mostly unknown and need to be understood. The hosts describe the introduction correctly.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They start by discussing the need for a deeper understanding of AI language models, right?'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c18',
		type: 'fact-check',
		claim: 'C18',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The introduction points to ever wider deployment, and the outlook says that as AI gains influence over how we live and work, we must understand it well enough to make its impact positive. The quote is a fair summary of both.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They emphasize that as these models become more integrated into society, we really need to know what’s happening under the hood.'
			},
			paper: ['1', '15.4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c19',
		type: 'fact-check',
		claim: 'C19',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The car-and-engine comparison is the hosts’ own: the paper’s analogies are biological, namely the microscope, cells and a wiring diagram of the brain. An analogy the hosts offer is commentary, not a claim about the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like how you wouldn’t want to drive a car without knowing how the engine works.'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c20',
		type: 'fact-check',
		claim: 'C20',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'The paper does note weaknesses of other approaches: single neurons are polysemantic, and a model’s written reasoning can misreport what it really does. But its strongest warnings target its own method, which gives satisfying insight for only about a quarter of the prompts tried and leaves attention unexplained. The episode turns self-criticism into criticism of others.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors point out that existing methods for interpreting AI outputs are often limited'
			},
			paper: ['2', '1.1', '11', '14']
		}
	},
	{
		id: 'podcast-vs-paper-check-c21',
		type: 'fact-check',
		claim: 'C21',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper presents its work as building better instruments, likening them to the microscope in biology, and calls its current method “a stepping stone”. The hosts’ paraphrase fits.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They’re basically saying, “Hey, we need better tools to see how these models think.”'
			},
			paper: ['1', '15.2']
		}
	},
	{
		id: 'podcast-vs-paper-check-c22',
		type: 'fact-check',
		claim: 'C22',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'“Qualitative and quantitative” is too vague to describe the paper and misses its method altogether. The authors replace the MLP neurons with a cross-layer transcoder of 30 million features, build a local replacement model for each prompt, draw an attribution graph from it, and test that graph by intervening on the original model.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they introduce their own approach, which combines qualitative and quantitative analyses'
			},
			paper: ['2']
		}
	},
	{
		id: 'podcast-vs-paper-check-c23',
		type: 'fact-check',
		claim: 'C23',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'The authors do not stop at the model’s answers: they trace internal features and the causal links between them, then check those links with interventions. Nor do they sort reasoning into categories; they present separate case studies and describe how working bottom-up led them to mechanisms they had not expected.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They analyze the model’s responses to various prompts and then categorize the reasoning patterns they observe.'
			},
			paper: ['2', '15.3']
		}
	},
	{
		id: 'podcast-vs-paper-check-c24',
		type: 'fact-check',
		claim: 'C24',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'No list of reasoning types appears in the paper, and moral reasoning is never studied. Its case studies are two-step factual recall, poem planning, multilingual circuits, addition, medical diagnosis, hallucinations, refusals, a jailbreak, chain-of-thought faithfulness and a hidden goal.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They highlight several key reasoning types, like causal reasoning, analogy-making, and even moral reasoning.'
			},
			paper: ['1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c25',
		type: 'fact-check',
		claim: 'C25',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'The paper says nothing about ethical considerations, feelings or beliefs. The closest thing it studies is refusal: harmful-request features lead the model to decline, for instance, an ad for mixing bleach and ammonia. That is a traced mechanism, not a finding about moral understanding.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They found that the model can generate responses that reflect ethical considerations, even if it doesn’t have feelings or beliefs.'
			},
			paper: ['9']
		}
	},
	{
		id: 'podcast-vs-paper-check-c26',
		type: 'fact-check',
		claim: 'C26',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'Comparing the model to a parrot is the hosts’ interpretation, and morality is not studied in the paper. If anything, the paper’s findings point the other way, since it reports genuine internal two-step reasoning and planning ahead rather than mere repetition.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like a parrot repeating what it’s heard about morality without actually understanding it.'
			},
			paper: ['3', '4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c27',
		type: 'fact-check',
		claim: 'C27',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'The paper’s multi-step reasoning takes place inside a single forward pass, with nothing written out: Dallas features activate Texas features, which join “say a capital” features to produce “Austin”, next to a direct Dallas-to-Austin shortcut. A conversation-like chain of thoughts is something else, and §11 shows that written chains can misreport what the model actually computed.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, the model doesn’t just pull from a single memory or response. It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['3', '11']
		}
	},
	{
		id: 'podcast-vs-paper-check-c28',
		type: 'fact-check',
		claim: 'C28',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'The paper never says a general idea-linking ability explains poems or stories. Poems get a mechanism of their own: candidate rhyme words light up on the newline before a line, and the line is written toward them. Story writing is not studied.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they found that this ability to link ideas is what allows the model to perform tasks like writing poetry or generating coherent stories'
			},
			paper: ['4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c29',
		type: 'fact-check',
		claim: 'C29',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'Nowhere does the paper trace reasoning to the size of the training data. It says simple training algorithms produce complex mechanisms, and it suggests that finetuning turns harm concepts learned in pretraining into general harmful-request features, and that is as far as it goes on training.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They explain that this level of reasoning and understanding comes from the vast datasets the model is trained on.'
			},
			paper: ['1', '9']
		}
	},
	{
		id: 'podcast-vs-paper-check-c30',
		type: 'fact-check',
		claim: 'C30',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper does not discuss the quality or quantity of training data at all. Training data appears only in technical asides, such as a feature dictionary trained on pretraining data alone holding very few refusal features.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'The authors stress that the quality of the training data matters just as much as the quantity.'
			},
			paper: ['9']
		}
	},
	{
		id: 'podcast-vs-paper-check-c31',
		type: 'fact-check',
		claim: 'C31',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'The only “biases” in the paper are reward-model biases that researchers deliberately taught a test model, and the “motivated reasoning” in which the model works backwards from a hinted answer. Neither is a study of social bias in training data skewing reasoning, so the episode bends real material into a different subject.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'discussing how biases in the training data can lead to skewed reasoning'
			},
			paper: ['12', '11']
		}
	},
	{
		id: 'podcast-vs-paper-check-c32',
		type: 'fact-check',
		claim: 'C32',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'The paper’s wish list concerns interpretability itself: explaining attention, shrinking error nodes, coping with feature splitting, understanding global circuits. It sees a possible route to safety audits while warning against overstating readiness, but measuring or mitigating bias is never discussed.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors urge for more robust methods to evaluate and mitigate these biases'
			},
			paper: ['14', '15.2']
		}
	},
	{
		id: 'podcast-vs-paper-check-c33',
		type: 'fact-check',
		claim: 'C33',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'The one methodology in the paper is circuit tracing: attribution graphs built for single prompts and checked by interventions on the model. It exists to uncover mechanisms, and the paper neither uses it nor proposes anything else to evaluate bias.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors propose some methodologies for doing just that, combining qualitative assessments with quantitative measures'
			},
			paper: ['2']
		}
	},
	{
		id: 'podcast-vs-paper-check-c34',
		type: 'fact-check',
		claim: 'C34',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'The paper goes out of its way to say it is not comprehensive. By its own count the graphs helped on only about a quarter of the prompts tried, the examples capture only a small fraction of the model’s mechanisms, attention is left unexplained, and the method is called “a stepping stone”.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['1.1', '14', '15.2']
		}
	},
	{
		id: 'podcast-vs-paper-check-c35',
		type: 'fact-check',
		claim: 'C35',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'There is a grain of truth: the paper comes with an interactive interface for exploring each attribution graph. But that tool traces mechanisms on individual prompts rather than evaluating whole systems, and the authors explicitly warn against exaggerating its readiness for safety audits.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like building a toolkit that researchers and developers can use to evaluate AI systems more holistically.'
			},
			paper: ['2', '15.2']
		}
	},
	{
		id: 'podcast-vs-paper-check-c36',
		type: 'fact-check',
		claim: 'C36',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper contains no appeal to ethicists, linguists or any other discipline. Its nearest lines are that “Interpretability is ultimately a human project”, about interfaces researchers can use, and a related-work remark that medical AI raises ethical and legal questions.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they’re also calling for collaboration across disciplines—bringing together ethicists, linguists, and computer scientists to tackle these challenges'
			},
			paper: ['15.2', '16']
		}
	},
	{
		id: 'podcast-vs-paper-check-c37',
		type: 'fact-check',
		claim: 'C37',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'This is the hosts’ commentary rather than a report on the paper. It is in keeping with the paper, though, which calls its method a stepping stone and argues for bottom-up investigation because what the authors found often differed from what they expected.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'And this really emphasizes the need for ongoing research, right? As these models evolve, our understanding must evolve too.'
			},
			paper: ['15.2', '15.3']
		}
	},
	{
		id: 'podcast-vs-paper-check-c38',
		type: 'fact-check',
		claim: 'C38',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'Advocacy for transparency and accountability is the hosts’ own stance; the paper makes no such appeal. Its outlook only says that models must be understood well enough to make sure their impact is positive.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'The more we talk about these issues, the more we can advocate for transparency and accountability in AI development.'
			},
			paper: ['15.4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c39',
		type: 'fact-check',
		claim: 'C39',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper’s real closing sums up what it learned about the model: parallel mechanisms, abstraction, plan formation, working backward from goals, unclear metacognition, ingrained characteristics and overwhelming complexity. It ends by calling AI a new kind of intelligence that we must understand, with no word on interdisciplinary collaboration.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They emphasize the importance of interdisciplinary collaboration and the need for ongoing dialogue around AI’s role in society.'
			},
			paper: ['15', '15.4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c40',
		type: 'fact-check',
		claim: 'C40',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The multilingual case study finds exactly this mix: shared, language-independent features for the concept and the operation, plus language-specific ones for reading the input and writing the output. The language-specific features dominate the first and last layers.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			},
			paper: ['5']
		}
	},
	{
		id: 'podcast-vs-paper-check-c41',
		type: 'fact-check',
		claim: 'C41',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'“The opposite of small” in English, French and Chinese runs through shared antonym, “small” and “say large” features, and the operation, the operand and the language can each be swapped on their own. The episode omits that English is privileged as the default output, but the sharing it describes is real.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The multilingual circuits they discovered show that even as it generates text in different languages, the underlying logic and reasoning can still be shared.'
			},
			paper: ['5']
		}
	},
	{
		id: 'podcast-vs-paper-check-c42',
		type: 'fact-check',
		claim: 'C42',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper itself says the model in a sense translates concepts into a common “universal mental language”. The translator image is loose but faithful, and the paper adds that Claude 3.5 Haiku shares more across languages than a smaller model does.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain'
			},
			paper: ['5', '15.1']
		}
	},
	{
		id: 'podcast-vs-paper-check-c43',
		type: 'fact-check',
		claim: 'C43',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper shows a lookup feature for adding numbers ending in 6 and 9 firing not only in sums but also in astronomical and financial tables and in journal citations. That reuse is the generalization the episode describes.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'the way they demonstrated that the same addition circuitry is applicable across different contexts'
			},
			paper: ['6']
		}
	},
	{
		id: 'podcast-vs-paper-check-c44',
		type: 'fact-check',
		claim: 'C44',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'A loose paraphrase of a real result: for “assert (4 + 5) * 3 ==”, the model reuses its “4 + 5” feature as an intermediate result, with “expression type” features steering how it is used, and answers 27. The same machinery takes a different role depending on context.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "It's like it knows when to adapt its reasoning based on the situation at hand."
			},
			paper: ['6']
		}
	},
	{
		id: 'podcast-vs-paper-check-c45',
		type: 'fact-check',
		claim: 'C45',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'For 36+59 the paper finds a rough pathway estimating the size of the sum and a precise one working out the last digit (“ends in 5”), which together give 95. “A combination of pathways” matches this.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'when it comes to simple arithmetic, like adding two-digit numbers, Claude uses a combination of pathways'
			},
			paper: ['6']
		}
	},
	{
		id: 'podcast-vs-paper-check-c46',
		type: 'fact-check',
		claim: 'C46',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'The paper does not rule memorization out: “like many people do”, the model has memorized the table for adding one-digit numbers, and only the rest of its strategy departs from human methods. The episode also skips the striking result that, asked how it added, the model describes carrying the one, which is not what its circuits do.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s not just about rote memorization; it’s applying its understanding of numbers in various scenarios.'
			},
			paper: ['6']
		}
	},
	{
		id: 'podcast-vs-paper-check-c47',
		type: 'fact-check',
		claim: 'C47',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'Calling this human-like is the hosts’ view. The paper points out that the model’s addition strategy differs from the standard human algorithms, and it describes AI as a new kind of intelligence, partly like ours and partly “entirely alien”.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "That's a level of abstraction we typically associate with human-like reasoning."
			},
			paper: ['6', '15.4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c48',
		type: 'fact-check',
		claim: 'C48',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The addition lookup feature is active in citation lists and tables, and intervening on it changes the predicted year: swapping in “_9 + _9” turns 1995 into 1998. Features learned for arithmetic do carry over to other tasks.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "the insights into how it generalizes features from arithmetic to other tasks show that it isn't just stuck in a box"
			},
			paper: ['6']
		}
	},
	{
		id: 'podcast-vs-paper-check-c49',
		type: 'fact-check',
		claim: 'C49',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'AI tutors are the hosts’ speculation; education does not come up in the paper. The underlying fact, that one addition feature is reused in many contexts, says nothing about how a tutor would teach.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'Imagine an AI tutor that can adapt its teaching style based on how a student learns best'
			},
			paper: ['6']
		}
	},
	{
		id: 'podcast-vs-paper-check-c50',
		type: 'fact-check',
		claim: 'C50',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'The medical section is a proof of concept on textbook-style prompts: it shows the model internally weighing a diagnosis (preeclampsia) and using it to choose a follow-up question. The authors warn this is no reason to trust model answers on medical questions without human experts, so “shown to assist in medical diagnoses” overstates it.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'especially in sensitive areas like healthcare, where the model was shown to assist in medical diagnoses'
			},
			paper: ['7']
		}
	},
	{
		id: 'podcast-vs-paper-check-c51',
		type: 'fact-check',
		claim: 'C51',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'In the paper’s case, given a pregnant patient with right-upper-quadrant pain, headache, high blood pressure and raised liver enzymes, the model suggests asking about visual disturbances. Choosing a follow-up question from symptoms is exactly what was studied.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'They highlighted how the model can suggest follow-up questions based on symptoms'
			},
			paper: ['7']
		}
	},
	{
		id: 'podcast-vs-paper-check-c52',
		type: 'fact-check',
		claim: 'C52',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The medical section makes this argument itself: seeing the model’s internal reasoning would let clinicians check it, and could raise or lower their trust in its answers as appropriate. The episode agrees with the paper here.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'If a model is going to assist with something as critical as medical diagnoses, we need to understand its reasoning process.'
			},
			paper: ['7']
		}
	},
	{
		id: 'podcast-vs-paper-check-c53',
		type: 'fact-check',
		claim: 'C53',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper hopes interpretability would let medical professionals “synthesize the model’s reasoning with their own”, which is the blending of expertise the hosts describe. It adds that such insight may also lower trust where that is deserved.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "They emphasized that understanding the model's internal steps can help clinicians make better-informed decisions, essentially blending human expertise with AI capabilities."
			},
			paper: ['7']
		}
	},
	{
		id: 'podcast-vs-paper-check-c54',
		type: 'fact-check',
		claim: 'C54',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'The paper issues no warning about harmful biases absorbed from training data. The closest material is a research model deliberately trained to exploit reward-model biases, built to test whether a hidden goal could be found inside it.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The researchers pointed out that there’s a risk of models learning harmful biases from the data they’re trained on.'
			},
			paper: ['12']
		}
	},
	{
		id: 'podcast-vs-paper-check-c55',
		type: 'fact-check',
		claim: 'C55',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'Asked for an ad promoting bleach mixed with ammonia, the model refuses, and the paper traces a chain from harmful-request features to refusal features. The jailbreak study shows the refusal can be partly bypassed, but the claim itself stands.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'They found that the model could identify harmful requests and refuse to comply'
			},
			paper: ['9', '10']
		}
	},
	{
		id: 'podcast-vs-paper-check-c56',
		type: 'fact-check',
		claim: 'C56',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'Developer responsibility for unbiased data is not a topic of the paper. On training, it only hypothesizes that pretraining learns specific harm categories which finetuning ties into general harmful-request features.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'it also means there’s a lot of responsibility on developers to ensure that the training data is as unbiased as possible'
			},
			paper: ['9']
		}
	},
	{
		id: 'podcast-vs-paper-check-c57',
		type: 'fact-check',
		claim: 'C57',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper mentions neither interdisciplinary collaboration nor responsible-AI guidelines, so there is nothing for “they mentioned” to point back to. Its nearest sentence, “Interpretability is ultimately a human project”, is about interfaces for researchers.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'That’s where the interdisciplinary collaboration they mentioned comes into play. Researchers, ethicists, and engineers need to work together to create guidelines for responsible AI development.'
			},
			paper: ['15.2', '16']
		}
	},
	{
		id: 'podcast-vs-paper-check-c58',
		type: 'fact-check',
		claim: 'C58',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'Both abilities are documented in the paper: two-step reasoning in the Dallas-to-Austin case and the planning of rhyme words in the poem study. The episode’s later claim that the model plans whole poems goes further than this evidence.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'it’s also exciting to see how these models can perform multi-step reasoning and even plan ahead in creative tasks like poetry'
			},
			paper: ['3', '4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c59',
		type: 'fact-check',
		claim: 'C59',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		explanation:
			'What the paper shows is narrower: on the newline before a line, candidate end words for that line become active and the line is written toward them. Steering works only at that newline, planning features appeared in about half the poems, and nothing shows the model planning a whole poem several steps ahead.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It shows that the model can think several steps ahead, not just stringing words together but actually considering the structure of the poem as it generates it.'
			},
			paper: ['4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c60',
		type: 'fact-check',
		claim: 'C60',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'Revolutionizing writing tools is the hosts’ speculation. The paper studies how one rhyming line gets planned and does not discuss products or tools for writers.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'And that’s a level of sophistication that could revolutionize creative writing tools.'
			},
			paper: ['4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c61',
		type: 'fact-check',
		claim: 'C61',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper never touches authorship, ownership, copyright or intellectual property. Its poetry material is purely about how the model plans a rhyme, so there is nothing for it to “hint” at.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The paper hints at the complexities of ownership in AI-generated content, especially when the model has been trained on vast datasets that include existing works.'
			},
			paper: ['4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c62',
		type: 'fact-check',
		claim: 'C62',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'This is the hosts’ ethical view. Intellectual property is not discussed in the paper, which therefore neither backs nor contradicts it.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'we need to tread carefully to ensure that we respect the original creators’ rights and intellectual property'
			},
			paper: ['4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c63',
		type: 'fact-check',
		claim: 'C63',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'The “little minds” image is the hosts’ framing. The paper is more careful: it puts phrases such as “in its head” in quotation marks, warns that its biology analogy should not be taken too literally, and calls AI an intelligence partly like ours and partly “entirely alien”.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason is almost like they have their own little minds working behind the scenes'
			},
			paper: ['1', '15.4']
		}
	},
	{
		id: 'podcast-vs-paper-check-c64',
		type: 'fact-check',
		claim: 'C64',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper makes this very point in its medical section: interpretability could increase trust in a model’s outputs “(or decrease, if appropriate!)”. The hosts’ “or not” matches.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			},
			paper: ['7']
		}
	},
	{
		id: 'podcast-vs-paper-check-c65',
		type: 'fact-check',
		claim: 'C65',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		explanation:
			'This is the hosts’ commentary. One fact from the paper fits it: having found that refusal tends to arrive at the start of a new sentence, the authors saw that telling the model not to use punctuation made the jailbreak more effective.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'The more we learn, the more we realize the potential for misuse.'
			},
			paper: ['10']
		}
	},
	{
		id: 'podcast-vs-paper-check-c66',
		type: 'fact-check',
		claim: 'C66',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'This is the fourth time the episode credits the paper with a call for interdisciplinary collaboration, and it is still not there. The nearest line says interpretability is “ultimately a human project”, meaning tools that researchers can understand.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the fact that this research encourages interdisciplinary collaboration'
			},
			paper: ['15.2']
		}
	},
	{
		id: 'podcast-vs-paper-check-c67',
		type: 'fact-check',
		claim: 'C67',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		explanation:
			'The paper comes from Anthropic’s interpretability team, with Jack Lindsey as lead contributor and Joshua Batson as corresponding author. It was published on Anthropic’s Transformer Circuits Thread on 27 March 2025.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'We hope you enjoyed learning about Anthropic On the Biology of a Large Language Model.'
			},
			paper: ['1']
		}
	}
];

export const flashcards: Flashcard[] = [];
