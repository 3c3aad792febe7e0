"""The held-out set, written by hand: 40 invented paper abstracts and their gold annotation.

Kept as Python (not JSON) so each abstract sits next to its annotation and can be reviewed
together; `make.py` turns this list into `papers.jsonl` (input) and `gold.jsonl` (answers).
Entry format: benchmark/model = [(name, role) or (name, role, [aliases])], method/task =
[name or (name, [aliases])], results = [(model, benchmark, metric, value)].
"""

PAPERS: list[dict] = []

PAPERS.append(
    {
        "title": "StepCheck: Self-Verifying Process Reward Models for Multi-Step Mathematical Reasoning",
        "abstract": (
            "Process reward models (PRMs) score each intermediate step of a solution and have become a key "
            "ingredient for test-time search in large language models (LLMs). However, existing PRMs are "
            "trained on noisy step labels and frequently reward steps whose arithmetic is wrong. We present "
            "StepCheck, a self-verifying PRM that re-derives every numeric claim in a step with a lightweight "
            "symbolic checker before assigning a score. StepCheck is trained on step-level annotations from "
            "PRM800K (Lightman et al., 2023) augmented with automatically generated counterfactual errors, and "
            "is built on top of Qwen2.5-7B-Instruct. At inference time we combine StepCheck with best-of-N "
            "sampling and a simple beam search over steps. Across math word problems of varying difficulty, "
            "StepCheck improves the reasoning accuracy of Llama-3-8B-Instruct and Mistral-7B-Instruct-v0.3 "
            "policies on GSM8K and MATH. With Llama-3-8B-Instruct as the policy and 64 samples, best-of-N "
            "selection with StepCheck reaches 84.2% accuracy on GSM8K and 51.7% on MATH, outperforming "
            "Math-Shepherd and an outcome reward model trained on the same data. Further analysis shows that "
            "most gains come from problems that need more than five steps, and that the symbolic checker "
            "catches 38% of the step errors missed by prior PRMs. We release our code and models at "
            "https://github.com/stepcheck-ai/stepcheck."
        ),
        "benchmark": [("PRM800K", "evaluates_on"), ("GSM8K", "evaluates_on"), ("MATH", "evaluates_on")],
        "model": [
            ("StepCheck", "introduces"),
            ("Qwen2.5-7B-Instruct", "uses"),
            ("Llama-3-8B-Instruct", "uses"),
            ("Mistral-7B-Instruct-v0.3", "uses"),
            ("Math-Shepherd", "uses"),
        ],
        "method": [],
        "task": ["multi-step mathematical reasoning", "test-time search"],
        "repo": ["github.com/stepcheck-ai/stepcheck"],
        "proposed": ["StepCheck"],
        "results": [("StepCheck", "GSM8K", "accuracy", "84.2%"), ("StepCheck", "MATH", "accuracy", "51.7%")],
    }
)

PAPERS.append(
    {
        "title": "RepoCraft-Bench: Can Code Agents Implement Features Across an Entire Repository?",
        "abstract": (
            "Function-level code generation benchmarks such as HumanEval and MBPP are close to saturation, and "
            "issue-resolution suites like SWE-bench mainly test localized bug fixes. Real software work, "
            "however, often requires adding a feature that touches many files. We introduce RepoCraft-Bench, a "
            "benchmark of 412 feature-implementation tasks mined from 58 actively maintained Python "
            "repositories, each paired with developer-written tests that fail before and pass after the "
            "reference change. Tasks require editing on average 6.3 files and 212 lines of code. We evaluate "
            "agent scaffolds built on GPT-4o, Claude 3.5 Sonnet, DeepSeek-Coder-V2-Instruct and "
            "Qwen2.5-Coder-32B-Instruct, using both a ReAct-style agent and the Agentless pipeline. The best "
            "configuration, Claude 3.5 Sonnet with ReAct, resolves only 17.4% of RepoCraft-Bench tasks, "
            "compared with a 49% resolve rate reported on SWE-bench Verified by the same family of systems. "
            "Failure analysis reveals that agents rarely explore the repository before editing, break existing "
            "interfaces, and stop once the first test passes. We further show that providing a retrieved "
            "architectural summary raises the resolve rate by 4.1 points. RepoCraft-Bench, the evaluation "
            "harness and all agent trajectories are available at https://github.com/repocraft/repocraft-bench."
        ),
        "benchmark": [
            ("RepoCraft-Bench", "introduces"),
            ("HumanEval", "mentions"),
            ("MBPP", "mentions"),
            ("SWE-bench", "mentions"),
            ("SWE-bench Verified", "mentions"),
        ],
        "model": [
            ("GPT-4o", "uses"),
            ("Claude 3.5 Sonnet", "uses"),
            ("DeepSeek-Coder-V2-Instruct", "uses"),
            ("Qwen2.5-Coder-32B-Instruct", "uses"),
        ],
        "method": ["ReAct", "Agentless"],
        "task": ["code generation", "code agents"],
        "repo": ["github.com/repocraft/repocraft-bench"],
        "proposed": ["RepoCraft-Bench"],
        "results": [("Claude 3.5 Sonnet", "RepoCraft-Bench", "resolve rate", "17.4%")],
    }
)

PAPERS.append(
    {
        "title": "Revisiting Data Augmentation for Vision Transformers Trained on ImageNet-1k Alone",
        "abstract": (
            "Vision Transformers (ViTs) are commonly believed to need large-scale pre-training on datasets "
            "such as ImageNet-21k or JFT-300M to match convolutional networks. Following DeiT (Touvron et al., "
            "2021), several works showed that strong augmentation closes much of this gap, but the contribution "
            "of each ingredient remains unclear. In this paper we carefully ablate the augmentation and "
            "regularization pipeline for ViT-B/16 and ViT-S/16 trained from scratch on ImageNet-1k. We study "
            "RandAugment, Mixup, CutMix, random erasing, stochastic depth and label smoothing under a fixed "
            "budget of 300 epochs. We find that Mixup and CutMix account for most of the improvement, that "
            "RandAugment becomes harmful beyond magnitude 9 for smaller models, and that gradient clipping "
            "should be disabled when Mixup is used because it suppresses the large updates produced by mixed "
            "targets. With a simplified three-component recipe, ViT-B/16 reaches 83.4% top-1 accuracy on "
            "ImageNet-1k, 1.6 points above the original DeiT-B recipe, and transfers better to CIFAR-100 and "
            "Oxford Flowers-102. We also observe that the recipe transfers to ConvNeXt-T with smaller gains, "
            "suggesting that the benefit is not specific to attention-based architectures. Our results "
            "indicate that much of the reported data hunger of transformers reflects under-regularized "
            "training rather than an inherent architectural limitation."
        ),
        "benchmark": [
            ("ImageNet-1k", "evaluates_on"),
            ("ImageNet-21k", "mentions"),
            ("JFT-300M", "mentions"),
            ("CIFAR-100", "evaluates_on"),
            ("Oxford Flowers-102", "evaluates_on"),
        ],
        "model": [],
        "method": [
            ("ViT", ["Vision Transformers", "ViTs"]),
            "ViT-B/16",
            "ViT-S/16",
            "DeiT",
            "DeiT-B",
            "ConvNeXt-T",
            "RandAugment",
            "Mixup",
            "CutMix",
            "random erasing",
            "stochastic depth",
            "label smoothing",
        ],
        "task": ["data augmentation"],
        "proposed": [],
        "results": [("ViT-B/16", "ImageNet-1k", "top-1 accuracy", "83.4%")],
    }
)

PAPERS.append(
    {
        "title": "TempoLens: Adaptive Frame Retrieval for Long-Form Video Question Answering",
        "abstract": (
            "Video large language models struggle with hour-long videos because uniformly sampled frames "
            "miss short but decisive events. We propose TempoLens, a training-free framework that treats long "
            "video understanding as a retrieval problem. TempoLens first splits a video into short clips, "
            "embeds each clip with CLIP ViT-L/14 and a caption produced by a small captioner, and then "
            "iteratively retrieves the clips most relevant to the question, expanding the temporal window "
            "around retrieved evidence when the answerer reports low confidence. The selected frames are passed "
            "to an off-the-shelf video LLM. We instantiate TempoLens with LLaVA-NeXT-Video-7B and "
            "Qwen2-VL-7B-Instruct as answerers and evaluate on EgoSchema, NExT-QA and the long split of "
            "Video-MME. TempoLens consistently improves both answerers while processing at most 32 frames per "
            "question; with Qwen2-VL-7B-Instruct it achieves 61.2% accuracy on EgoSchema and 54.8% on the "
            "Video-MME long split, outperforming uniform sampling by 7.9 and 5.1 points respectively and "
            "surpassing GPT-4o, which we run with uniformly sampled frames, on EgoSchema. Ablations show that adaptive window "
            "expansion matters more than the choice of frame encoder, and that retrieval errors concentrate on "
            "questions about counting and temporal order. Project page: https://tempolens.github.io/."
        ),
        "benchmark": [
            ("EgoSchema", "evaluates_on"),
            ("NExT-QA", "evaluates_on"),
            ("Video-MME", "evaluates_on"),
        ],
        "model": [
            ("CLIP ViT-L/14", "uses"),
            ("LLaVA-NeXT-Video-7B", "uses"),
            ("Qwen2-VL-7B-Instruct", "uses"),
            ("GPT-4o", "uses"),
        ],
        "method": ["TempoLens"],
        "task": ["long-form video question answering", "long video understanding", "frame retrieval"],
        "url": ["tempolens.github.io"],
        "proposed": ["TempoLens"],
        "results": [
            ("TempoLens", "EgoSchema", "accuracy", "61.2%"),
            ("TempoLens", "Video-MME", "accuracy", "54.8%"),
        ],
    }
)

PAPERS.append(
    {
        "title": "Fine-Tuning Whisper for Accented and Low-Resource English: What Actually Helps?",
        "abstract": (
            "Automatic speech recognition (ASR) systems such as Whisper achieve near-human word error rates on "
            "read speech, yet degrade sharply on non-native accents. We present a systematic study of "
            "parameter-efficient adaptation of Whisper-large-v3 and Whisper-small to accented English under "
            "limited data. Using L2-ARCTIC and the accented subsets of Common Voice 16, we compare full "
            "fine-tuning, LoRA, adapter layers and prompt tuning, with 1 to 20 hours of target-accent audio. "
            "We additionally measure forgetting on LibriSpeech test-clean and test-other. LoRA applied to the "
            "decoder attention projections gives the best trade-off: it reduces WER on L2-ARCTIC from 12.4% "
            "to 7.9% with five hours of data while increasing LibriSpeech test-clean WER by only 0.2 points, "
            "whereas full fine-tuning achieves similar in-domain gains but doubles the error on LibriSpeech. "
            "Surprisingly, adapting the encoder alone brings little benefit, suggesting that accent errors are "
            "largely resolved by the language-model-like decoder. We also compare against a fine-tuned "
            "wav2vec 2.0 Large baseline, which adapts faster with under two hours of data but saturates "
            "earlier. We hope these findings give practitioners concrete guidance for deploying ASR to "
            "underserved speaker populations."
        ),
        "benchmark": [
            ("L2-ARCTIC", "evaluates_on"),
            ("Common Voice 16", "evaluates_on"),
            ("LibriSpeech", "evaluates_on"),
        ],
        "model": [
            ("Whisper-large-v3", "uses"),
            ("Whisper-small", "uses"),
            ("Whisper", "uses"),
            ("wav2vec 2.0 Large", "uses"),
        ],
        "method": ["LoRA", "prompt tuning"],
        "task": [("automatic speech recognition", ["ASR"]), "parameter-efficient adaptation"],
        "proposed": [],
        "results": [("LoRA", "L2-ARCTIC", "WER", "7.9%")],
    }
)

PAPERS.append(
    {
        "title": "Conservative Advantage Reweighting for Offline Reinforcement Learning",
        "abstract": (
            "Offline reinforcement learning (RL) aims to learn policies from fixed datasets without further "
            "environment interaction, but value overestimation on out-of-distribution actions remains a "
            "central obstacle. Existing remedies either penalize Q-values, as in CQL, or avoid querying unseen "
            "actions entirely, as in IQL, and both require careful tuning of a conservatism coefficient. We "
            "propose Conservative Advantage Reweighting (CAR), a simple policy extraction rule that weights "
            "dataset actions by a lower confidence bound of their advantage estimated with an ensemble of "
            "critics. CAR adds only two lines to advantage-weighted regression and its single hyperparameter "
            "is set automatically from the ensemble disagreement. We evaluate CAR on the D4RL locomotion, "
            "AntMaze and Adroit tasks, as well as on NeoRL, which contains datasets collected by more realistic "
            "behaviour policies. CAR matches or exceeds CQL, IQL and TD3+BC on 21 of 27 datasets and achieves a "
            "normalized score of 78.3 averaged over the D4RL AntMaze tasks, 6.8 points above IQL, while "
            "requiring no per-task tuning. We further provide a theoretical analysis showing that CAR's policy "
            "improvement is bounded below with high probability under standard coverage assumptions. Code is "
            "available at https://github.com/car-offline/CAR)."
        ),
        "benchmark": [
            ("D4RL", "evaluates_on"),
            ("AntMaze", "evaluates_on"),
            ("Adroit", "evaluates_on"),
            ("NeoRL", "evaluates_on"),
        ],
        "model": [],
        "method": [
            ("CAR", ["Conservative Advantage Reweighting"]),
            "CQL",
            "IQL",
            "TD3+BC",
            "advantage-weighted regression",
        ],
        "task": [
            ("offline reinforcement learning", ["Offline reinforcement learning"]),
            "value overestimation",
        ],
        "repo": ["github.com/car-offline/CAR"],
        "proposed": ["CAR"],
        "results": [("CAR", "AntMaze", "normalized score", "78.3")],
    }
)

PAPERS.append(
    {
        "title": "RoboPilot: An Open Vision-Language-Action Model for Generalist Manipulation",
        "abstract": (
            "Vision-language-action (VLA) models promise robot policies that follow open-ended instructions, "
            "but open models still lag behind in generalization to new objects and scenes. We introduce "
            "RoboPilot-7B, an open VLA model that couples a Prismatic vision-language backbone with a "
            "flow-matching action head predicting chunks of continuous actions. RoboPilot-7B is pre-trained on "
            "970k trajectories from the Open X-Embodiment dataset and fine-tuned with a small amount of "
            "task-specific data. In simulation, we evaluate on LIBERO and SimplerEnv; in the real world, we "
            "test on 24 tasks across two robot embodiments. RoboPilot-7B outperforms OpenVLA and Octo, "
            "achieving an average success rate of 92.1% on LIBERO compared with 76.5% for OpenVLA, and it "
            "retains the language grounding of its backbone on unseen instructions. We find that action "
            "chunking and the flow-matching head are both essential: replacing the head with discrete action "
            "tokens, as in RT-2, lowers real-world success by 18 points. We release model weights, training "
            "code and evaluation scripts. Videos and code: https://robopilot-vla.github.io and "
            "https://github.com/robopilot/robopilot."
        ),
        "benchmark": [
            ("Open X-Embodiment", "evaluates_on"),
            ("LIBERO", "evaluates_on"),
            ("SimplerEnv", "evaluates_on"),
        ],
        "model": [
            ("RoboPilot-7B", "introduces", ["RoboPilot"]),
            ("OpenVLA", "uses"),
            ("Octo", "uses"),
            ("RT-2", "mentions"),
            ("Prismatic", "uses"),
        ],
        "method": [],
        "task": ["generalist manipulation"],
        "repo": ["github.com/robopilot/robopilot"],
        "url": ["robopilot-vla.github.io"],
        "proposed": ["RoboPilot-7B"],
        "results": [
            ("RoboPilot-7B", "LIBERO", "success rate", "92.1%"),
            ("OpenVLA", "LIBERO", "success rate", "76.5%"),
        ],
    }
)

PAPERS.append(
    {
        "title": "Large Language Models for Radiology Report Summarization: A Multi-Center Evaluation",
        "abstract": (
            "Generating the impression section of a radiology report from its findings is a time-consuming "
            "task that large language models could support. Prior work reported promising results for "
            "domain-specific systems such as Med-PaLM 2 (Singhal et al., 2023), but these models are not "
            "publicly available and their behaviour on reports from different institutions is unknown. We "
            "evaluate GPT-4, GPT-3.5-turbo, Llama-2-70B-Chat and the biomedical model Meditron-70B on "
            "findings-to-impression summarization using MIMIC-CXR and two private datasets from hospitals in "
            "Germany and the United States, totalling 11,240 chest X-ray and CT reports. We compare zero-shot "
            "prompting, in-context learning with retrieved examples, and parameter-efficient fine-tuning with "
            "QLoRA. With five retrieved examples, GPT-4 achieves a ROUGE-L of 0.43 on MIMIC-CXR and is "
            "preferred over the radiologist-written impression in 41% of blinded comparisons by six "
            "board-certified radiologists. Fine-tuned Llama-2-70B-Chat closes most of the gap on in-domain "
            "data but transfers poorly across institutions, losing up to 9 ROUGE-L points. Error analysis "
            "shows that omissions of clinically significant findings, rather than hallucinated findings, "
            "dominate the residual errors. Our results suggest that retrieval of institution-specific examples "
            "is a practical way to adapt general-purpose LLMs to local reporting styles."
        ),
        "benchmark": [("MIMIC-CXR", "evaluates_on")],
        "model": [
            ("Med-PaLM 2", "mentions"),
            ("GPT-4", "uses"),
            ("GPT-3.5-turbo", "uses"),
            ("Llama-2-70B-Chat", "uses"),
            ("Meditron-70B", "uses"),
        ],
        "method": ["QLoRA"],
        "task": ["radiology report summarization", "findings-to-impression summarization"],
        "proposed": [],
        "results": [("GPT-4", "MIMIC-CXR", "ROUGE-L", "0.43")],
    }
)

PAPERS.append(
    {
        "title": "SpectraFormer: Learnable Spectral Positional Encodings for Graph Transformers",
        "abstract": (
            "Graph Transformers rely on positional encodings to inject structural information that attention "
            "alone cannot recover. Laplacian eigenvector encodings are popular but suffer from sign and basis "
            "ambiguities, while random-walk encodings are limited to local structure. We introduce "
            "SpectraFormer, a graph Transformer whose positional encodings are produced by a learnable "
            "spectral filter bank applied to the full eigendecomposition of the normalized Laplacian. The "
            "filters are invariant to sign flips and basis rotations within eigenspaces by construction, and "
            "we prove that SpectraFormer is strictly more expressive than the 1-WL test and than GraphGPS with "
            "random-walk encodings. For large graphs we approximate the filters with Chebyshev polynomials, "
            "reducing the cost to linear in the number of edges. We evaluate on ZINC, ogbg-molhiv, ogbg-molpcba, "
            "the Long Range Graph Benchmark (LRGB) and the node classification dataset ogbn-arxiv. "
            "SpectraFormer achieves a test MAE of 0.059 on ZINC and sets a new state of the art on "
            "Peptides-func from LRGB, while being competitive with message-passing GNNs such as GCN and GAT on "
            "ogbn-arxiv at a fraction of the memory of dense attention. Ablations confirm that learning the "
            "spectral filters, rather than fixing them, accounts for most of the gain. Code: "
            "https://github.com/spectraformer/spectraformer."
        ),
        "benchmark": [
            ("ZINC", "evaluates_on"),
            ("ogbg-molhiv", "evaluates_on"),
            ("ogbg-molpcba", "evaluates_on"),
            ("LRGB", "evaluates_on", ["Long Range Graph Benchmark"]),
            ("ogbn-arxiv", "evaluates_on"),
            ("Peptides-func", "evaluates_on"),
        ],
        "model": [],
        "method": ["SpectraFormer", "GraphGPS", "GCN", "GAT"],
        "task": ["positional encodings for graph Transformers", "node classification"],
        "repo": ["github.com/spectraformer/spectraformer"],
        "proposed": ["SpectraFormer"],
        "results": [("SpectraFormer", "ZINC", "test MAE", "0.059")],
    }
)

PAPERS.append(
    {
        "title": "A Sharp Generalization Bound for Overparameterized Two-Layer Networks Trained by SGD",
        "abstract": (
            "Explaining why heavily overparameterized neural networks generalize remains a central question "
            "in learning theory. Uniform convergence bounds based on parameter counts are vacuous in this "
            "regime, and norm-based bounds often grow with the width. We study two-layer ReLU networks of "
            "arbitrary width trained by one-pass stochastic gradient descent (SGD) on data drawn from a "
            "distribution with a low-dimensional latent structure. Our main result is a high-probability "
            "generalization bound that depends only on the intrinsic dimension of the data, the number of "
            "samples and the step size, and that is independent of the width. The proof combines an "
            "algorithmic stability argument with a new coupling between the SGD iterates and a linearized "
            "dynamics around initialization, which we show is tight up to logarithmic factors through a "
            "matching lower bound. In contrast to prior analyses in the lazy regime, our bound remains "
            "meaningful when features move substantially during training. We also characterize how the bound "
            "degrades when the step size exceeds a critical threshold, recovering the edge-of-stability "
            "phenomenon observed empirically (Cohen et al., 2021). Numerical experiments on synthetic data and "
            "on binary subsets of MNIST and CIFAR-10 confirm that test error tracks the predicted dependence "
            "on intrinsic dimension rather than on width."
        ),
        "benchmark": [("MNIST", "evaluates_on"), ("CIFAR-10", "evaluates_on")],
        "model": [],
        "method": [("SGD", ["stochastic gradient descent"])],
        "task": ["generalization bound", "overparameterized neural networks", "algorithmic stability"],
        "proposed": [],
        "results": [],
    }
)

PAPERS.append(
    {
        "title": "Sparse Token Routing: Skipping Attention for Unimportant Tokens in Long-Context LLM Inference",
        "abstract": (
            "The quadratic cost of self-attention makes long-context inference with large language models "
            "expensive, and existing KV-cache eviction methods such as H2O and StreamingLLM permanently discard "
            "information that later queries may need. We propose Sparse Token Routing (STR), a training-free "
            "technique that decides, per layer and per token, whether a token participates in attention or is "
            "routed around the layer through the residual stream. STR scores tokens with a cheap "
            "key-norm statistic and keeps all tokens in the cache, so skipped tokens can be re-activated in "
            "later layers. Implemented on top of FlashAttention-2 with a custom Triton kernel, STR reduces "
            "prefill latency by 1.8x and decoding latency by 1.4x at a context length of 64k tokens. We apply "
            "STR to Llama-3-8B-Instruct, Mistral-7B-Instruct-v0.2 and Qwen2-7B-Instruct and evaluate on "
            "LongBench, RULER and MMLU. STR retains 99.1% of the dense model's accuracy on MMLU and loses less "
            "than one point on LongBench on average, whereas H2O with the same compute budget loses 4.6 "
            "points. On the retrieval-heavy tasks of RULER, STR outperforms StreamingLLM by a large margin "
            "because evicted tokens cannot be recovered. Our analysis shows that the importance of a token is "
            "highly consistent across adjacent layers, which explains why routing decisions can be made "
            "cheaply. Code is at https://github.com/str-llm/sparse-token-routing."
        ),
        "benchmark": [("LongBench", "evaluates_on"), ("RULER", "evaluates_on"), ("MMLU", "evaluates_on")],
        "model": [
            ("Llama-3-8B-Instruct", "uses"),
            ("Mistral-7B-Instruct-v0.2", "uses"),
            ("Qwen2-7B-Instruct", "uses"),
        ],
        "method": [("STR", ["Sparse Token Routing"]), "H2O", "StreamingLLM", "FlashAttention-2"],
        "task": ["long-context LLM inference", "KV-cache eviction"],
        "repo": ["github.com/str-llm/sparse-token-routing"],
        "proposed": ["STR"],
        "results": [("STR", "MMLU", "relative accuracy", "99.1%")],
    }
)

PAPERS.append(
    {
        "title": "Too Cautious to Help: Measuring Over-Refusal in Safety-Aligned Language Models",
        "abstract": (
            "Safety alignment through RLHF and constitutional training has made chat models far less likely "
            "to comply with harmful requests, but it also makes them refuse benign requests that merely look "
            "dangerous. Existing test sets such as XSTest contain only a few hundred hand-written prompts and "
            "are quickly memorized. We present OverRefuse-Bench, a benchmark of 8,000 benign prompts that "
            "superficially resemble harmful ones, generated by rewriting seed prompts from HarmBench and "
            "AdvBench into safe variants and filtered by three human annotators. OverRefuse-Bench also contains "
            "1,200 genuinely harmful control prompts to measure the trade-off between over-refusal and safety. "
            "We evaluate 14 models, including GPT-4o, Claude 3 Opus, Gemini 1.5 Pro, Llama-3-70B-Instruct and "
            "Gemma-2-9B-it. Refusal rates on benign prompts range from 3.1% to 37.8%, and Claude 3 Opus refuses "
            "23.5% of benign prompts on OverRefuse-Bench while refusing 99% of harmful controls. Over-refusal is "
            "only weakly correlated with safety on harmful prompts, indicating that models can be both safe and "
            "helpful. We further show that a simple system prompt reduces over-refusal by a third without "
            "hurting safety. The benchmark is available at "
            "https://huggingface.co/datasets/safety-lab/OverRefuse-Bench, and our evaluation code at "
            "https://github.com/safety-lab/overrefuse."
        ),
        "benchmark": [
            ("OverRefuse-Bench", "introduces"),
            ("XSTest", "mentions"),
            ("HarmBench", "evaluates_on"),
            ("AdvBench", "evaluates_on"),
        ],
        "model": [
            ("GPT-4o", "uses"),
            ("Claude 3 Opus", "uses"),
            ("Gemini 1.5 Pro", "uses"),
            ("Llama-3-70B-Instruct", "uses"),
            ("Gemma-2-9B-it", "uses"),
        ],
        "method": ["RLHF"],
        "task": ["over-refusal", "safety alignment"],
        "repo": ["github.com/safety-lab/overrefuse"],
        "url": ["huggingface.co/datasets/safety-lab/OverRefuse-Bench"],
        "proposed": ["OverRefuse-Bench"],
        "results": [("Claude 3 Opus", "OverRefuse-Bench", "refusal rate", "23.5%")],
    }
)

PAPERS.append(
    {
        "title": "Orca-Vision: Scaling Synthetic Chart and Document Instructions for Open Multimodal Models",
        "abstract": (
            "Open multimodal large language models still trail proprietary systems on text-rich images such as "
            "charts, tables and scanned documents. We argue that the bottleneck is the scarcity of diverse "
            "instruction data for these domains. We build DocSynth-2M, a dataset of two million synthetic "
            "instruction-answer pairs rendered from programmatically generated charts, tables and documents, "
            "and use it to train Orca-Vision-13B, which combines a SigLIP-SO400M image encoder with a "
            "Vicuna-13B language model through a dynamic-resolution projector. Orca-Vision-13B is evaluated on "
            "MMMU, MathVista, ChartQA, DocVQA and InfoVQA. It outperforms LLaVA-1.5-13B and Qwen-VL-Chat on all "
            "five benchmarks and scores 41.8 on MMMU and 79.6 on ChartQA, approaching GPT-4V on the text-rich "
            "tasks. Ablations show that rendering diversity matters more than the number of instructions and "
            "that performance on math-heavy questions benefits from including synthetic plots of equations. We "
            "also find that models trained on DocSynth-2M hallucinate less on real scanned documents. We "
            "release Orca-Vision-13B, DocSynth-2M and the data generation pipeline."
        ),
        "benchmark": [
            ("DocSynth-2M", "introduces"),
            ("MMMU", "evaluates_on"),
            ("MathVista", "evaluates_on"),
            ("ChartQA", "evaluates_on"),
            ("DocVQA", "evaluates_on"),
            ("InfoVQA", "evaluates_on"),
        ],
        "model": [
            ("Orca-Vision-13B", "introduces", ["Orca-Vision"]),
            ("SigLIP-SO400M", "uses"),
            ("Vicuna-13B", "uses"),
            ("LLaVA-1.5-13B", "uses"),
            ("Qwen-VL-Chat", "uses"),
            ("GPT-4V", "mentions"),
        ],
        "method": [],
        "task": ["text-rich images"],
        "proposed": ["Orca-Vision-13B", "DocSynth-2M"],
        "results": [
            ("Orca-Vision-13B", "MMMU", "score", "41.8"),
            ("Orca-Vision-13B", "ChartQA", "score", "79.6"),
        ],
    }
)

PAPERS.append(
    {
        "title": "Hard Negatives Matter Less Than You Think: Revisiting Dense Retriever Training",
        "abstract": (
            "Dense retrievers are usually trained with contrastive losses on mined hard negatives, and a "
            "large body of work proposes increasingly elaborate mining strategies. We revisit this practice "
            "with a controlled study that trains BERT-base and E5-base retrievers on MS MARCO under identical "
            "budgets, varying only the negative sampling scheme. We compare in-batch random negatives, BM25 "
            "negatives, negatives mined by a previous checkpoint, and cross-encoder-denoised negatives, and "
            "measure in-domain performance on MS MARCO and the TREC Deep Learning 2019 track as well as "
            "zero-shot transfer on the 13 public datasets of BEIR. We find that once the batch size exceeds "
            "4,096, the gap between random and mined negatives shrinks to less than one point of nDCG@10 on "
            "BEIR, whereas the choice of pre-training (for example Contriever-style unsupervised "
            "pre-training) has a much larger effect. Our best E5-base model reaches an average nDCG@10 of "
            "0.512 on BEIR, on par with the reported result of ColBERTv2 (Santhanam et al., 2022) at a fraction of the index size. We also observe that "
            "aggressively mined negatives frequently contain false negatives, which hurts Natural Questions "
            "more than other datasets. These results suggest that the community should report batch size and "
            "pre-training alongside mining strategy."
        ),
        "benchmark": [
            ("MS MARCO", "evaluates_on"),
            ("TREC Deep Learning 2019", "evaluates_on"),
            ("BEIR", "evaluates_on"),
            ("Natural Questions", "evaluates_on"),
        ],
        "model": [
            ("BERT-base", "uses"),
            ("E5-base", "uses"),
            ("Contriever", "mentions"),
            ("ColBERTv2", "mentions"),
        ],
        "method": ["BM25"],
        "task": ["dense retriever training", "negative sampling", "zero-shot transfer"],
        "proposed": [],
        "results": [("E5-base", "BEIR", "nDCG@10", "0.512")],
    }
)

PAPERS.append(
    {
        "title": "Plan, Act, Critique: A Planner-Critic Loop for Reliable Web Agents",
        "abstract": (
            "Language-model-based web agents can navigate websites and complete multi-step tasks, but they "
            "often commit to flawed plans and repeat the same mistakes. Prompting strategies such as ReAct and "
            "Reflexion interleave reasoning with actions or reflect after failures, yet they do not check a "
            "plan before it is executed. We propose the Planner-Critic Loop (PCL), an agent framework in which "
            "a planner proposes a short sequence of actions, a critic model predicts whether each action moves "
            "the agent closer to the goal using the accessibility tree, and only approved actions are executed. "
            "Rejected plans are revised with the critic's feedback. The critic is trained on 30k automatically "
            "labelled trajectories collected in WebArena environments held out from evaluation. We evaluate PCL "
            "with GPT-4o-mini and Qwen2.5-72B-Instruct as planners on WebArena and VisualWebArena. PCL raises the "
            "task success rate of GPT-4o-mini from 14.9% to 24.3% on WebArena, outperforming ReAct and Reflexion "
            "with the same backbone, and transfers to VisualWebArena without retraining the critic. Analysis "
            "shows that most gains come from avoiding irreversible actions such as submitting forms "
            "prematurely. Unlike offline datasets such as Mind2Web, our setting measures end-to-end task "
            "completion in live environments."
        ),
        "benchmark": [
            ("WebArena", "evaluates_on"),
            ("VisualWebArena", "evaluates_on"),
            ("Mind2Web", "mentions"),
        ],
        "model": [("GPT-4o-mini", "uses"), ("Qwen2.5-72B-Instruct", "uses")],
        "method": [("PCL", ["Planner-Critic Loop"]), "ReAct", "Reflexion"],
        "task": ["web agents"],
        "proposed": ["PCL"],
        "results": [("PCL", "WebArena", "task success rate", "24.3%")],
    }
)

PAPERS.append(
    {
        "title": "Does Chain-of-Thought Help Small Language Models? A Controlled Study",
        "abstract": (
            "Chain-of-thought (CoT) prompting is widely credited with unlocking multi-step reasoning in large "
            "language models, and early work suggested that the benefit emerges only at scale (Wei et al., "
            "2022). Since then, small models trained on large amounts of reasoning data have appeared, raising "
            "the question of whether this conclusion still holds. We conduct a controlled study of CoT "
            "prompting, self-consistency and program-of-thought prompting on eight open models between 0.5B "
            "and 9B parameters, including Phi-3-mini, Gemma-2-2B, Gemma-2-9B, Qwen2.5-1.5B-Instruct and "
            "Llama-3.2-3B-Instruct. We evaluate on math and commonsense reasoning using GSM8K, SVAMP, StrategyQA "
            "and CommonsenseQA, and control for answer extraction errors by using constrained decoding. CoT "
            "improves accuracy on arithmetic tasks for every model, with Phi-3-mini reaching 82.5% on GSM8K "
            "with CoT versus 41.0% without, but it yields no gain or a small loss on CommonsenseQA for models "
            "below 3B parameters. Self-consistency with 20 samples adds up to 6 points on top of CoT, while "
            "program-of-thought helps only when a Python interpreter is available. We find that the emergence "
            "claim largely reflects the training data of older models: small models that saw step-by-step "
            "solutions during training benefit from CoT as much as large ones."
        ),
        "benchmark": [
            ("GSM8K", "evaluates_on"),
            ("SVAMP", "evaluates_on"),
            ("StrategyQA", "evaluates_on"),
            ("CommonsenseQA", "evaluates_on"),
        ],
        "model": [
            ("Phi-3-mini", "uses"),
            ("Gemma-2-2B", "uses"),
            ("Gemma-2-9B", "uses"),
            ("Qwen2.5-1.5B-Instruct", "uses"),
            ("Llama-3.2-3B-Instruct", "uses"),
        ],
        "method": [
            ("CoT", ["Chain-of-thought", "Chain-of-Thought"]),
            "self-consistency",
            "program-of-thought",
        ],
        "task": ["multi-step reasoning", "commonsense reasoning"],
        "proposed": [],
        "results": [("Phi-3-mini", "GSM8K", "accuracy", "82.5%")],
    }
)

PAPERS.append(
    {
        "title": "Repairing Java Bugs with Execution-Guided Self-Debugging",
        "abstract": (
            "Automated program repair with large language models has progressed quickly, but most approaches "
            "generate patches from the buggy code alone and validate them only at the end. We present an "
            "execution-guided repair framework, dubbed CodeMender, that iteratively runs the failing tests, "
            "summarizes runtime traces into natural-language feedback, and asks the model to revise its patch. "
            "To keep the feedback concise, CodeMender selects the trace segments whose variable values differ "
            "most from a passing run. We apply CodeMender to StarCoder2-15B, CodeLlama-34B-Instruct and "
            "DeepSeek-Coder-6.7B-Instruct and evaluate on Defects4J v2.0 and QuixBugs. With "
            "DeepSeek-Coder-6.7B-Instruct, CodeMender correctly fixes 163 of the Defects4J bugs, a 31% "
            "improvement over sampling the same number of patches without feedback, and it fixes 38 of the 40 "
            "Java programs in QuixBugs. Compared with the self-debugging approach of Chen et al. (2023), "
            "which only shows the error message, trace summaries double the number of bugs fixed after the "
            "first iteration. We also find that the feedback loop is most helpful for bugs involving loop "
            "bounds and null checks, and least helpful for bugs requiring new methods. Our artifact is "
            "available at https://github.com/codemender/codemender.git."
        ),
        "benchmark": [("Defects4J v2.0", "evaluates_on", ["Defects4J"]), ("QuixBugs", "evaluates_on")],
        "model": [
            ("StarCoder2-15B", "uses"),
            ("CodeLlama-34B-Instruct", "uses"),
            ("DeepSeek-Coder-6.7B-Instruct", "uses"),
        ],
        "method": ["CodeMender"],
        "task": ["automated program repair", "self-debugging"],
        "repo": ["github.com/codemender/codemender"],
        "proposed": ["CodeMender"],
        "results": [],
    }
)

PAPERS.append(
    {
        "title": "SegVista: Open-Vocabulary Semantic Segmentation by Aligning SAM Masks with CLIP Regions",
        "abstract": (
            "Open-vocabulary semantic segmentation requires assigning arbitrary text labels to image pixels. "
            "Recent methods combine class-agnostic mask proposals with vision-language classifiers, but CLIP "
            "was trained on whole images and its dense features are noisy at mask boundaries. We propose "
            "SegVista, which generates mask proposals with the Segment Anything Model (SAM) and classifies each "
            "mask by pooling CLIP features from a region-aware attention layer that we insert without any "
            "retraining of CLIP. A lightweight mask-text alignment head, trained only on COCO-Stuff, refines "
            "the pooled features. SegVista is evaluated in a zero-shot cross-dataset setting on ADE20K "
            "(150 and 847 classes), PASCAL Context (59 and 459 classes) and PASCAL VOC. It achieves 34.1 mIoU "
            "on ADE20K-150 and 18.2 mIoU on ADE20K-847, outperforming SAN and CAT-Seg with a comparable ViT-L "
            "backbone. Unlike prior work, SegVista does not fine-tune the image encoder, so it preserves the "
            "open-vocabulary knowledge of CLIP and can be applied to new domains without retraining. We "
            "further show that the region-aware attention layer benefits other CLIP-based segmenters. Code and "
            "models will be released at https://github.com/segvista/SegVista}."
        ),
        "benchmark": [
            ("COCO-Stuff", "evaluates_on"),
            ("ADE20K", "evaluates_on", ["ADE20K-150", "ADE20K-847"]),
            ("PASCAL Context", "evaluates_on"),
            ("PASCAL VOC", "evaluates_on"),
        ],
        "model": [("CLIP", "uses"), ("SAM", "uses", ["Segment Anything Model"])],
        "method": ["SegVista", "SAN", "CAT-Seg", "ViT-L"],
        "task": ["open-vocabulary semantic segmentation"],
        "repo": ["github.com/segvista/SegVista"],
        "proposed": ["SegVista"],
        "results": [("SegVista", "ADE20K", "mIoU", "34.1"), ("SegVista", "ADE20K", "mIoU", "18.2")],
    }
)

PAPERS.append(
    {
        "title": "Fewer Steps, Same Quality? Classifier-Free Guidance Schedules for Fast Diffusion Sampling",
        "abstract": (
            "Classifier-free guidance (CFG) is essential for the sample quality of text-to-image diffusion "
            "models, but its effect at low numbers of sampling steps is poorly understood. We analyze guidance "
            "schedules for Stable Diffusion XL and Stable Diffusion 1.5 combined with fast samplers including "
            "DDIM and DPM-Solver++ at 4 to 20 steps. We show that a constant guidance scale, standard in most "
            "pipelines, over-saturates images when the number of steps is small because each step applies a "
            "larger update. We derive a step-size-aware schedule that rescales the guidance strength by the "
            "local noise-level gap and requires no additional training. On MS-COCO 2017 captions, our schedule "
            "improves FID at 8 steps from 24.7 to 18.2 with Stable Diffusion XL, and it also raises CLIPScore and "
            "human preference as measured by PickScore. The improvement is complementary to distillation: "
            "applied to latent consistency models, the schedule still reduces FID by 1.9 points at 4 steps. "
            "We further evaluate on the compositional prompts of T2I-CompBench and find gains in attribute "
            "binding. Our results indicate that guidance and step count should be tuned jointly rather than "
            "independently."
        ),
        "benchmark": [("MS-COCO 2017", "evaluates_on"), ("T2I-CompBench", "evaluates_on")],
        "model": [("Stable Diffusion XL", "uses"), ("Stable Diffusion 1.5", "uses")],
        "method": [("CFG", ["Classifier-free guidance", "Classifier-Free Guidance"]), "DDIM", "DPM-Solver++"],
        "task": ["fast diffusion sampling", "text-to-image diffusion"],
        "proposed": [],
        "results": [("Stable Diffusion XL", "MS-COCO 2017", "FID", "18.2")],
    }
)

PAPERS.append(
    {
        "title": "VoxDistill: Distilling Whisper into a Streaming Speech Recognizer for On-Device Use",
        "abstract": (
            "Large speech foundation models transcribe accurately but are too slow for on-device streaming "
            "recognition. We present VoxDistill, a recipe for distilling an offline encoder-decoder teacher "
            "into a causal streaming student, and release a 38M-parameter student model named "
            "VoxDistill-Small. The student uses a chunked Conformer encoder with a CTC head and is trained on "
            "pseudo-labels from Whisper-large-v2 over 60k hours of unlabeled audio, combined with the labeled "
            "960-hour LibriSpeech training set. To compensate for the lack of future context, we introduce "
            "Lookahead Consistency Loss (LCL), which aligns the student's chunk representations with the "
            "teacher's full-context representations. VoxDistill-Small achieves a WER of 2.9% on LibriSpeech "
            "test-clean and 7.1% on test-other with 320 ms latency, and 9.8% on TED-LIUM 3, outperforming "
            "Distil-Whisper and a streaming Emformer baseline of similar size. LCL alone reduces test-other WER "
            "by 0.8 points. On a mid-range smartphone CPU the model transcribes at 0.21 real-time factor. We "
            "analyse failure modes and find that errors concentrate on rare named entities, which the "
            "teacher also misrecognizes. Models and recipes: https://huggingface.co/voxdistill."
        ),
        "benchmark": [("LibriSpeech", "evaluates_on"), ("TED-LIUM 3", "evaluates_on")],
        "model": [
            ("VoxDistill-Small", "introduces"),
            ("Whisper", "uses"),
            ("Whisper-large-v2", "uses"),
            ("Distil-Whisper", "uses"),
        ],
        "method": ["VoxDistill", ("LCL", ["Lookahead Consistency Loss"]), "Conformer", "CTC", "Emformer"],
        "task": ["streaming recognition"],
        "url": ["huggingface.co/voxdistill"],
        "proposed": ["VoxDistill", "VoxDistill-Small", "LCL"],
        "results": [
            ("VoxDistill-Small", "LibriSpeech", "WER", "2.9%"),
            ("VoxDistill-Small", "LibriSpeech", "WER", "7.1%"),
            ("VoxDistill-Small", "TED-LIUM 3", "WER", "9.8%"),
        ],
    }
)

PAPERS.append(
    {
        "title": "PPO, DPO or GRPO? An Empirical Comparison of Policy Optimization for Mathematical Reasoning",
        "abstract": (
            "Reinforcement learning from verifiable rewards has become a standard recipe for improving the "
            "mathematical reasoning of language models, popularized by OpenAI o1 and DeepSeek-R1. Yet "
            "practitioners must choose among several algorithms with different costs. We compare Proximal "
            "Policy Optimization (PPO), Direct Preference Optimization (DPO) on self-generated preference "
            "pairs, and Group Relative Policy Optimization (GRPO) under matched compute, starting from "
            "Qwen2.5-Math-7B and Llama-3.1-8B-Instruct and training on the MATH training split. We evaluate on "
            "MATH500, AIME 2024, AMC23 and OlympiadBench. GRPO and PPO reach similar final accuracy, with GRPO "
            "attaining 77.4% on MATH500 from Qwen2.5-Math-7B, but GRPO requires 40% less memory because it "
            "removes the value network. Iterative DPO lags behind both online methods by 3 to 5 points unless "
            "preference pairs are regenerated every iteration. We find that all three algorithms mainly "
            "sharpen the distribution of answers the base model could already produce: pass@64 barely changes "
            "while pass@1 improves substantially. Finally, we show that the KL penalty can be removed for GRPO "
            "without instability when the learning rate is warmed up, which simplifies the recipe further. "
            "Our training code is released at https://github.com/mathrl/ppo-dpo-grpo."
        ),
        "benchmark": [
            ("MATH", "evaluates_on"),
            ("MATH500", "evaluates_on"),
            ("AIME 2024", "evaluates_on"),
            ("AMC23", "evaluates_on"),
            ("OlympiadBench", "evaluates_on"),
        ],
        "model": [
            ("OpenAI o1", "mentions"),
            ("DeepSeek-R1", "mentions"),
            ("Qwen2.5-Math-7B", "uses"),
            ("Llama-3.1-8B-Instruct", "uses"),
        ],
        "method": [
            ("PPO", ["Proximal Policy Optimization"]),
            ("DPO", ["Direct Preference Optimization"]),
            ("GRPO", ["Group Relative Policy Optimization"]),
        ],
        "task": [
            "mathematical reasoning",
            "policy optimization",
            "reinforcement learning from verifiable rewards",
        ],
        "repo": ["github.com/mathrl/ppo-dpo-grpo"],
        "proposed": [],
        "results": [("GRPO", "MATH500", "accuracy", "77.4%")],
    }
)

PAPERS.append(
    {
        "title": "DermaVQA: A Benchmark for Visual Question Answering in Dermatology",
        "abstract": (
            "Multimodal foundation models are increasingly proposed as assistants for clinicians, but their "
            "ability to reason about skin lesions has not been systematically measured. We introduce DermaVQA, "
            "a visual question answering benchmark of 6,480 expert-written questions over 2,150 dermoscopic and "
            "clinical images, covering diagnosis, morphology description, differential diagnosis and "
            "management. Images are drawn from HAM10000 and the Fitzpatrick17k dataset, allowing us to analyse "
            "performance across skin tones. Each question was written and verified by two board-certified "
            "dermatologists. We evaluate general-purpose models (GPT-4V, Gemini 1.5 Pro, LLaVA-1.6-34B) and "
            "medical models (LLaVA-Med, Med-Flamingo) in zero-shot and few-shot settings. The best model, "
            "GPT-4V, achieves 58.3% accuracy on DermaVQA multiple-choice questions, far below the 86.1% of "
            "dermatology residents. All models perform worse on darker skin tones, with gaps of up to 11 "
            "points between Fitzpatrick types I-II and V-VI, and medical-domain models do not outperform "
            "general ones. Chain-of-thought prompting helps on differential diagnosis questions but increases "
            "confident hallucinations of lesion features. DermaVQA and the evaluation code are publicly "
            "available at https://dermavqa.github.io/ to support fair and reliable medical multimodal AI."
        ),
        "benchmark": [
            ("DermaVQA", "introduces"),
            ("HAM10000", "evaluates_on"),
            ("Fitzpatrick17k", "evaluates_on"),
        ],
        "model": [
            ("GPT-4V", "uses"),
            ("Gemini 1.5 Pro", "uses"),
            ("LLaVA-1.6-34B", "uses"),
            ("LLaVA-Med", "uses"),
            ("Med-Flamingo", "uses"),
        ],
        "method": ["Chain-of-thought"],
        "task": ["visual question answering in dermatology"],
        "url": ["dermavqa.github.io"],
        "proposed": ["DermaVQA"],
        "results": [("GPT-4V", "DermaVQA", "accuracy", "58.3%")],
    }
)

PAPERS.append(
    {
        "title": "How Much Does Equivariance Help? Benchmarking Geometric Graph Networks for Molecules",
        "abstract": (
            "Equivariant graph neural networks have become the default architecture for molecular property "
            "prediction and force field learning, yet comparisons in the literature often differ in training "
            "budgets, data splits and hyperparameter tuning effort. We re-implement six architectures in a "
            "common framework: SchNet, DimeNet++, PaiNN, EGNN, NequIP and MACE, and train all of them with the "
            "same optimizer, learning rate schedule and tuning budget. We evaluate on QM9, MD17 and the "
            "revised rMD17, as well as on the larger OC20 S2EF task with a reduced training set. Under equal "
            "tuning, the gap between invariant and equivariant models on QM9 shrinks by more than half "
            "compared with numbers reported in the original papers, while higher-order equivariant models "
            "such as MACE and NequIP retain a clear advantage for forces on rMD17, where MACE reaches a force "
            "MAE of 3.8 meV/Å on aspirin. We also find that training-time data augmentation with random "
            "rotations allows non-equivariant Transformers to close much of the remaining gap on QM9 but not "
            "on force prediction. Our results suggest that the benefits of equivariance are most pronounced in "
            "data-scarce regimes and for vector-valued targets. All implementations and configurations are "
            "released at https://github.com/geomol-bench/equibench, and we invite the community to contribute "
            "new architectures."
        ),
        "benchmark": [
            ("QM9", "evaluates_on"),
            ("MD17", "evaluates_on"),
            ("rMD17", "evaluates_on"),
            ("OC20", "evaluates_on"),
        ],
        "model": [],
        "method": [
            "SchNet",
            "DimeNet++",
            "PaiNN",
            "EGNN",
            "NequIP",
            "MACE",
            ("Transformer", ["Transformers"]),
        ],
        "task": ["molecular property prediction", "force field learning"],
        "repo": ["github.com/geomol-bench/equibench"],
        "proposed": [],
        "results": [("MACE", "rMD17", "force MAE", "3.8 meV/Å")],
    }
)

PAPERS.append(
    {
        "title": "Weight-Only Quantization of Open LLMs: A Reproducible Benchmark Study",
        "abstract": (
            "Post-training quantization is the most common way to deploy large language models on limited "
            "hardware, yet reported results are hard to compare because papers use different calibration sets, "
            "group sizes and evaluation harnesses. We benchmark four weight-only quantization methods, "
            "round-to-nearest, GPTQ, AWQ and OmniQuant, together with the weight-activation method SmoothQuant, "
            "on Llama-2-7B, Llama-2-13B, Llama-3-8B and Mistral-7B-v0.1 at 2, 3 and 4 bits. We measure "
            "perplexity on WikiText-2 and C4 and zero-shot accuracy on MMLU, ARC-Challenge and HellaSwag with "
            "the same evaluation harness. At 4 bits all methods are within one point of the full-precision "
            "model; AWQ achieves a WikiText-2 perplexity of 5.60 on Llama-2-7B versus 5.47 in FP16. At 3 bits, "
            "GPTQ and AWQ degrade sharply on Llama-3-8B, which we attribute to its larger pre-training corpus "
            "leaving less redundancy in the weights, whereas OmniQuant remains usable. At 2 bits every method "
            "fails without fine-tuning. We also find that the choice of calibration data matters more than "
            "previously reported: calibrating on code instead of web text changes MMLU accuracy by up to 2.3 "
            "points. All scripts and quantized checkpoints are available (https://github.com/quantlab/llm-quant-bench)."
        ),
        "benchmark": [
            ("WikiText-2", "evaluates_on"),
            ("C4", "evaluates_on"),
            ("MMLU", "evaluates_on"),
            ("ARC-Challenge", "evaluates_on"),
            ("HellaSwag", "evaluates_on"),
        ],
        "model": [
            ("Llama-2-7B", "uses"),
            ("Llama-2-13B", "uses"),
            ("Llama-3-8B", "uses"),
            ("Mistral-7B-v0.1", "uses"),
        ],
        "method": ["GPTQ", "AWQ", "OmniQuant", "SmoothQuant"],
        "task": ["post-training quantization", "weight-only quantization"],
        "repo": ["github.com/quantlab/llm-quant-bench"],
        "proposed": [],
        "results": [("AWQ", "WikiText-2", "perplexity", "5.60")],
    }
)

PAPERS.append(
    {
        "title": "PaCo: Detecting Benchmark Contamination in Language Models via Paraphrase Consistency",
        "abstract": (
            "Benchmark contamination, where test examples leak into pre-training data, threatens the validity "
            "of language model evaluation. Existing detectors rely on access to the training corpus or on "
            "verbatim memorization signals that are easily defeated by light rephrasing. We propose PaCo "
            "(Paraphrase Consistency), a black-box contamination test that compares a model's likelihood on "
            "the original benchmark item with its likelihood on a set of meaning-preserving paraphrases; "
            "contaminated items show a significantly larger gap than clean ones. PaCo requires only token "
            "log-probabilities and provides a calibrated p-value per benchmark. We validate PaCo by continuing "
            "the pre-training of Pythia-1.4B and Llama-3-8B on deliberately contaminated corpora, where it "
            "detects contamination of as few as 1% of test items with an AUROC of 0.93. We then audit 12 open "
            "models on GSM8K, MMLU, HumanEval and TruthfulQA and find significant contamination signals for "
            "GSM8K in four models and for HumanEval in two, while TruthfulQA shows none. Our results show that "
            "paraphrase-based tests are a practical tool for auditing models whose training data is "
            "undisclosed, and we recommend reporting them alongside benchmark scores. Code: "
            "https://github.com/paco-audit/paco, data: https://huggingface.co/datasets/paco-audit/paraphrases."
        ),
        "benchmark": [
            ("GSM8K", "evaluates_on"),
            ("MMLU", "evaluates_on"),
            ("HumanEval", "evaluates_on"),
            ("TruthfulQA", "evaluates_on"),
        ],
        "model": [("Pythia-1.4B", "uses"), ("Llama-3-8B", "uses")],
        "method": [("PaCo", ["Paraphrase Consistency"])],
        "task": ["benchmark contamination", "language model evaluation"],
        "repo": ["github.com/paco-audit/paco"],
        "url": ["huggingface.co/datasets/paco-audit/paraphrases"],
        "proposed": ["PaCo"],
        "results": [],
    }
)

PAPERS.append(
    {
        "title": "Can Vision-Language Models Count? Probing Numerosity with Controlled Synthetic Scenes",
        "abstract": (
            "Counting objects is a basic visual skill, yet vision-language models (VLMs) frequently miscount "
            "even small sets of objects. We study why by combining existing benchmarks with a controlled "
            "probe. On CountBench, TallyQA and the counting questions of VQAv2, we evaluate GPT-4o, Gemini 1.5 "
            "Pro, InternVL2-8B, LLaVA-OneVision-7B and Molmo-7B-D. We then render synthetic scenes in which we "
            "vary the number, size, clutter and arrangement of objects while keeping everything else fixed. "
            "Accuracy drops sharply beyond five objects for all models, and GPT-4o reaches 87.2% on CountBench "
            "but only 42% on our synthetic scenes with 8 to 12 objects. Linear probes on the visual tokens "
            "show that numerosity is linearly decodable from the image encoder up to about ten objects, but "
            "that the information is lost after the projector, which suggests that the bottleneck lies in the "
            "connection between vision and language components rather than in perception. Prompting models "
            "to point at each object before answering, as supported by Molmo-7B-D, improves accuracy by 18 "
            "points. Our probe suite and analysis code are available at https://github.com/vlm-count/probe, "
            "and we hope it serves as a diagnostic tool for future multimodal models."
        ),
        "benchmark": [("CountBench", "evaluates_on"), ("TallyQA", "evaluates_on"), ("VQAv2", "evaluates_on")],
        "model": [
            ("GPT-4o", "uses"),
            ("Gemini 1.5 Pro", "uses"),
            ("InternVL2-8B", "uses"),
            ("LLaVA-OneVision-7B", "uses"),
            ("Molmo-7B-D", "uses"),
        ],
        "method": [],
        "task": ["counting", "numerosity"],
        "repo": ["github.com/vlm-count/probe"],
        "proposed": [],
        "results": [("GPT-4o", "CountBench", "accuracy", "87.2%")],
    }
)

PAPERS.append(
    {
        "title": "LexiRank: Query-Aware Lexical Expansion for Efficient Sparse Reranking",
        "abstract": (
            "Learned sparse retrievers such as SPLADE++ expand documents with related terms at indexing time, "
            "but the expansion is independent of the query and inflates the index. Cross-encoder rerankers "
            "like monoT5-3B are accurate but expensive. We propose LexiRank, a second-stage reranker built on "
            "Query-Aware Lexical Expansion (QALE): given a query and a small candidate set, a compact encoder "
            "predicts query-conditioned term weights for each candidate and scores it with a sparse dot "
            "product that can be computed on an inverted index. QALE is trained by distillation from a "
            "cross-encoder teacher on MS MARCO passage ranking. On the TREC DL 2019 and TREC DL 2020 tracks, "
            "LexiRank achieves nDCG@10 of 0.741 and 0.722, respectively, within one point of monoT5-3B while "
            "being 9 times faster, and it outperforms SPLADE++ alone by more than three points. In zero-shot "
            "evaluation on BEIR, LexiRank improves over the first-stage retriever on 11 of 13 datasets. We "
            "further show that query-aware expansion is particularly helpful for short, ambiguous queries. "
            "Code and checkpoints: https://github.com/lexirank/lexirank"
        ),
        "benchmark": [
            ("MS MARCO", "evaluates_on"),
            ("TREC DL 2019", "evaluates_on"),
            ("TREC DL 2020", "evaluates_on"),
            ("BEIR", "evaluates_on"),
        ],
        "model": [("monoT5-3B", "uses")],
        "method": ["LexiRank", ("QALE", ["Query-Aware Lexical Expansion"]), "SPLADE++"],
        "task": ["sparse reranking", "passage ranking"],
        "repo": ["github.com/lexirank/lexirank"],
        "proposed": ["LexiRank", "QALE"],
        "results": [
            ("LexiRank", "TREC DL 2019", "nDCG@10", "0.741"),
            ("LexiRank", "TREC DL 2020", "nDCG@10", "0.722"),
        ],
    }
)

PAPERS.append(
    {
        "title": "Why Do Tool-Using Agents Fail? An Error Taxonomy on ToolBench and API-Bank",
        "abstract": (
            "Tool use lets language models call external APIs, but agents still fail frequently on realistic "
            "multi-tool requests. Rather than proposing yet another agent, we analyse where and why failures "
            "happen. We run GPT-4-turbo, GPT-3.5-turbo, Llama-3.1-70B-Instruct, Qwen2-72B-Instruct and the "
            "tool-specialized ToolLLaMA-2-7B on ToolBench and API-Bank using a ReAct-style prompting format, "
            "and manually annotate 1,600 failed trajectories. Our taxonomy distinguishes tool selection "
            "errors, argument errors, premature termination, hallucinated tool outputs and failures to recover "
            "from API errors. Argument errors dominate for open models, accounting for 41% of failures of "
            "Llama-3.1-70B-Instruct, whereas GPT-4-turbo mostly fails by terminating early. GPT-4-turbo attains "
            "a pass rate of 63.5% on ToolBench, and fine-tuning on tool-use data, as done for ToolLLaMA-2-7B, "
            "reduces selection errors but not argument errors. Surprisingly, providing documentation examples "
            "instead of schema-only descriptions reduces argument errors by a third for every model. We relate "
            "our findings to broader agent evaluations such as AgentBench (Liu et al., 2023) and release our "
            "annotated trajectories to support the development of more robust tool-using agents."
        ),
        "benchmark": [
            ("ToolBench", "evaluates_on"),
            ("API-Bank", "evaluates_on"),
            ("AgentBench", "mentions"),
        ],
        "model": [
            ("GPT-4-turbo", "uses"),
            ("GPT-3.5-turbo", "uses"),
            ("Llama-3.1-70B-Instruct", "uses"),
            ("Qwen2-72B-Instruct", "uses"),
            ("ToolLLaMA-2-7B", "uses"),
        ],
        "method": ["ReAct"],
        "task": ["tool use"],
        "proposed": [],
        "results": [("GPT-4-turbo", "ToolBench", "pass rate", "63.5%")],
    }
)

PAPERS.append(
    {
        "title": "Grokking Modular Arithmetic Through the Lens of Kernel Alignment",
        "abstract": (
            "Grokking, the delayed onset of generalization long after a network has fit its training data, "
            "was first observed on small algorithmic tasks (Power et al., 2022). Explanations based on "
            "weight norms or circuit formation describe what happens at the end of training but do not "
            "predict when generalization will occur. We study two-layer Transformers and MLPs trained with "
            "AdamW on modular addition and multiplication, and introduce a diagnostic named Kernel Alignment "
            "Tracking (KAT), which measures the alignment between the empirical neural tangent kernel and the "
            "target function over the course of training. We show that KAT rises steadily during the "
            "apparent plateau and that the time at which it crosses a threshold predicts the generalization "
            "step to within 8% across learning rates, weight decay strengths and dataset fractions. We then "
            "prove, for a simplified model, that the plateau corresponds to a slow drift from the lazy to the "
            "rich regime whose duration scales inversely with weight decay. As a side result, we find that "
            "grokking on these tasks disappears when the learning rate is tuned per parameter group. Our "
            "results connect grokking to feature learning theory and suggest that it is not specific to "
            "algorithmic data or to math-like tasks. Code: https://github.com/kat-grokking/kat."
        ),
        "benchmark": [],
        "model": [],
        "method": [("KAT", ["Kernel Alignment Tracking"]), ("Transformer", ["Transformers"]), "AdamW"],
        "task": ["grokking", "modular arithmetic", "feature learning"],
        "repo": ["github.com/kat-grokking/kat"],
        "proposed": ["KAT"],
        "results": [],
    }
)

PAPERS.append(
    {
        "title": "Long-Tailed Recognition Revisited: Is Decoupled Training Still Necessary?",
        "abstract": (
            "Long-tailed visual recognition, where a few head classes dominate the training data, has "
            "motivated a large number of specialised methods, and decoupling representation learning from "
            "classifier learning is often considered essential. We revisit this belief with modern training "
            "practices. Using ResNet-50 and ViT-B/16 backbones, we compare single-stage training with Balanced "
            "Softmax, logit adjustment and LDAM-DRW against the two-stage cRT and LWS baselines on ImageNet-LT, "
            "iNaturalist 2018 and Places-LT. With a longer schedule, strong augmentation and weight decay tuned "
            "per method, single-stage Balanced Softmax matches or outperforms decoupled training on all three "
            "datasets, reaching 57.9% top-1 accuracy on ImageNet-LT with ResNet-50. As shown in Fig. 3 of the "
            "paper, most of the previously reported advantage of decoupling disappears once the classifier "
            "norm is regularized. We further find that initializing from CLIP image features substantially "
            "improves tail-class accuracy, but that the gains largely reflect class overlap between the "
            "pre-training data and the benchmarks. We provide a unified codebase and recommend that future "
            "work reports results under a shared, well-tuned baseline."
        ),
        "benchmark": [
            ("ImageNet-LT", "evaluates_on"),
            ("iNaturalist 2018", "evaluates_on"),
            ("Places-LT", "evaluates_on"),
        ],
        "model": [("CLIP", "uses")],
        "method": ["ResNet-50", "ViT-B/16", "Balanced Softmax", "logit adjustment", "LDAM-DRW", "cRT", "LWS"],
        "task": ["long-tailed visual recognition", "decoupled training"],
        "proposed": [],
        "results": [("Balanced Softmax", "ImageNet-LT", "top-1 accuracy", "57.9%")],
    }
)

PAPERS.append(
    {
        "title": "Kinetica: Efficient Text-to-Video Generation with a Spatiotemporal Diffusion Transformer",
        "abstract": (
            "Text-to-video generation requires modelling appearance and motion jointly, and most open models "
            "pay for quality with billions of parameters and long sampling times. We present Kinetica-1B, a "
            "compact text-to-video model based on a Diffusion Transformer (DiT) that factorizes attention into "
            "spatial windows and temporal strips, and compresses videos with a causal 3D VAE. Kinetica-1B is "
            "trained on WebVid-10M and a curated set of 12M high-aesthetic clips, using T5-XXL as the text "
            "encoder and rectified flow as the training objective. We evaluate on UCF-101, MSR-VTT and "
            "VBench. Kinetica-1B achieves an FVD of 212 on UCF-101 and a VBench total score of 81.6%, "
            "outperforming ModelScopeT2V and Stable Video Diffusion while generating a 4-second 512x512 video "
            "in 11 seconds on a single A100 GPU. Ablations show that the factorized attention reduces memory "
            "by 3.2x with negligible quality loss, and that temporal strips are critical for large motions. We "
            "also analyse failure modes such as object permanence errors in long clips. Samples are shown on "
            "our project page, https://kinetica-video.github.io, and code will be released."
        ),
        "benchmark": [
            ("WebVid-10M", "evaluates_on"),
            ("UCF-101", "evaluates_on"),
            ("MSR-VTT", "evaluates_on"),
            ("VBench", "evaluates_on"),
        ],
        "model": [
            ("Kinetica-1B", "introduces", ["Kinetica"]),
            ("T5-XXL", "uses"),
            ("ModelScopeT2V", "uses"),
            ("Stable Video Diffusion", "uses"),
        ],
        "method": [("DiT", ["Diffusion Transformer"])],
        "task": ["text-to-video generation"],
        "url": ["kinetica-video.github.io"],
        "proposed": ["Kinetica-1B"],
        "results": [
            ("Kinetica-1B", "UCF-101", "FVD", "212"),
            ("Kinetica-1B", "VBench", "total score", "81.6%"),
        ],
    }
)

PAPERS.append(
    {
        "title": "Lost in the Stack: Multi-Needle Reasoning over Long Contexts",
        "abstract": (
            "Long-context language models now accept hundreds of thousands of tokens, and many of them solve "
            "the Needle-in-a-Haystack test almost perfectly. Such single-fact retrieval, however, says little "
            "about whether models can combine many facts spread across a long input. We introduce a benchmark "
            "dubbed NeedleStack, in which 2 to 64 related facts are inserted into long documents and questions "
            "require aggregating, comparing or chaining them. Unlike RULER and LongBench, NeedleStack controls "
            "the number of needles, their dispersion and the amount of reasoning independently, which enables "
            "fine-grained diagnosis. We evaluate Gemini 1.5 Flash, GPT-4o, Claude 3.5 Sonnet, "
            "Llama-3.1-8B-Instruct and Qwen2-7B-Instruct at context lengths from 8k to 128k tokens, and also "
            "test context extension with YaRN and NTK-aware RoPE scaling for the open models. Accuracy "
            "decreases roughly log-linearly with the number of needles for every model; GPT-4o achieves 48.2% on "
            "NeedleStack with 32 needles at 128k tokens, while open models fall below 15%. Chaining questions "
            "are much harder than aggregation questions, and errors concentrate on needles in the middle of "
            "the context. NeedleStack is available at https://github.com/needlestack/needlestack."
        ),
        "benchmark": [
            ("NeedleStack", "introduces"),
            ("Needle-in-a-Haystack", "mentions"),
            ("RULER", "mentions"),
            ("LongBench", "mentions"),
        ],
        "model": [
            ("Gemini 1.5 Flash", "uses"),
            ("GPT-4o", "uses"),
            ("Claude 3.5 Sonnet", "uses"),
            ("Llama-3.1-8B-Instruct", "uses"),
            ("Qwen2-7B-Instruct", "uses"),
        ],
        "method": ["YaRN", "RoPE"],
        "task": ["multi-needle reasoning"],
        "repo": ["github.com/needlestack/needlestack"],
        "proposed": ["NeedleStack"],
        "results": [("GPT-4o", "NeedleStack", "accuracy", "48.2%")],
    }
)

PAPERS.append(
    {
        "title": "Audio Captioning with Frozen Language Models: A Study of Encoders and Connectors",
        "abstract": (
            "Automated audio captioning describes sound events in natural language. Recent systems connect a "
            "pre-trained audio encoder to a large language model, but the design space of these connections "
            "has not been studied systematically. We compare three audio encoders, BEATs, the audio tower of "
            "CLAP and Whisper-medium, and three connectors, a linear projection, a Q-Former and a "
            "windowed cross-attention resampler, with a frozen Vicuna-7B decoder. All systems are trained on "
            "AudioCaps and Clotho, with additional pre-training on WavCaps in a subset of experiments. BEATs "
            "with the Q-Former yields the best results, achieving a SPIDEr of 0.491 on AudioCaps and 0.318 on "
            "Clotho, whereas Whisper-medium underperforms on non-speech sounds, which make up most of the "
            "data. Pre-training on WavCaps improves all configurations, but noisy weak captions cause the "
            "model to hallucinate sound sources that are typical for a scene but absent from the clip. We show "
            "that a simple audio-text consistency filter based on CLAP scores reduces such hallucinations "
            "without lowering SPIDEr. Finally, we find that unfreezing the language model brings no gains "
            "beyond LoRA on the attention layers."
        ),
        "benchmark": [("AudioCaps", "evaluates_on"), ("Clotho", "evaluates_on"), ("WavCaps", "evaluates_on")],
        "model": [("BEATs", "uses"), ("CLAP", "uses"), ("Whisper-medium", "uses"), ("Vicuna-7B", "uses")],
        "method": ["Q-Former", "LoRA"],
        "task": [("automated audio captioning", ["Automated audio captioning"])],
        "proposed": [],
        "results": [("BEATs", "AudioCaps", "SPIDEr", "0.491"), ("BEATs", "Clotho", "SPIDEr", "0.318")],
    }
)

PAPERS.append(
    {
        "title": "When Does Diffusion Policy Beat Behavior Cloning Transformers? A Study of Action Multimodality",
        "abstract": (
            "Diffusion Policy has become a popular choice for visuomotor imitation learning, often "
            "outperforming explicit policies that regress actions directly. It is unclear, however, whether "
            "its advantage stems from modelling multimodal action distributions or from other design choices "
            "such as action chunking and observation history. We conduct a controlled comparison of "
            "Diffusion Policy, the Action Chunking Transformer (ACT) and a Gaussian-mixture behavior "
            "cloning baseline on Robomimic, the Push-T task and the simulated tasks of the ALOHA benchmark, "
            "as well as on six real-world tasks with a Franka Emika Panda arm. When all methods are given the "
            "same action horizon and observation encoder, the gap shrinks substantially on unimodal tasks and "
            "remains large only on tasks with genuinely multimodal demonstrations, such as Push-T, where "
            "Diffusion Policy reaches a success rate of 0.91 versus 0.64 for ACT. We also compare DDPM and "
            "DDIM sampling and find that 10 DDIM steps suffice in all our tasks. Our findings suggest that "
            "practitioners should measure the multimodality of their demonstration data before choosing a "
            "policy class. Videos, datasets and code are available on the project website: "
            "https://policy-multimodality.github.io/."
        ),
        "benchmark": [("Robomimic", "evaluates_on"), ("Push-T", "evaluates_on"), ("ALOHA", "evaluates_on")],
        "model": [],
        "method": ["Diffusion Policy", ("ACT", ["Action Chunking Transformer"]), "DDPM", "DDIM"],
        "task": ["visuomotor imitation learning", "action multimodality"],
        "url": ["policy-multimodality.github.io"],
        "proposed": [],
        "results": [
            ("Diffusion Policy", "Push-T", "success rate", "0.91"),
            ("ACT", "Push-T", "success rate", "0.64"),
        ],
    }
)

PAPERS.append(
    {
        "title": "G2R: Graph-Guided Retrieval for Multi-Hop Question Answering with Small Language Models",
        "abstract": (
            "Retrieval-augmented generation (RAG) struggles with multi-hop questions because the evidence for "
            "later hops is rarely similar to the original question. Graph-based approaches such as GraphRAG "
            "build a global knowledge graph offline, which is costly for large or frequently changing "
            "corpora. We propose Graph-Guided Retrieval (G2R), which constructs a small entity graph on the "
            "fly from the first retrieved passages and expands it by following entity links that a lightweight "
            "scorer predicts to be on the reasoning path. G2R requires no corpus-level preprocessing beyond a "
            "standard dense index built with Contriever. With Llama-3.1-8B-Instruct as the reader, G2R "
            "improves exact match on HotpotQA, 2WikiMultiHopQA and MuSiQue by 6.4, 9.1 and 5.2 points over "
            "standard RAG, and reaches an EM of 48.7 on HotpotQA, comparable to GPT-4o-mini with standard "
            "RAG in our setup. Compared with iterative retrieval methods such as IRCoT, G2R needs two to three times fewer "
            "calls to the language model. Our analysis shows that most of the gains come from bridge-entity "
            "questions, while comparison questions benefit less. We release our code at "
            "https://github.com/g2r-qa/G2R."
        ),
        "benchmark": [
            ("HotpotQA", "evaluates_on"),
            ("2WikiMultiHopQA", "evaluates_on"),
            ("MuSiQue", "evaluates_on"),
        ],
        "model": [("Contriever", "uses"), ("Llama-3.1-8B-Instruct", "uses"), ("GPT-4o-mini", "uses")],
        "method": [
            ("G2R", ["Graph-Guided Retrieval"]),
            ("RAG", ["Retrieval-augmented generation"]),
            "GraphRAG",
            "IRCoT",
        ],
        "task": ["multi-hop question answering", "retrieval-augmented generation"],
        "repo": ["github.com/g2r-qa/G2R"],
        "proposed": ["G2R"],
        "results": [("G2R", "HotpotQA", "exact match", "48.7")],
    }
)

PAPERS.append(
    {
        "title": "Federated Brain Tumor Segmentation Under Heterogeneous Scanners: A Study on BraTS",
        "abstract": (
            "Federated learning allows hospitals to train segmentation models collaboratively without "
            "sharing patient data, but differences in scanners and acquisition protocols make client data "
            "highly heterogeneous. We study this problem for brain tumor segmentation using the BraTS 2021 "
            "dataset partitioned by acquisition site into 23 clients, and validate on an external cohort from "
            "the UCSF-PDGM dataset. We compare FedAvg, FedProx, SCAFFOLD and FedBN with a 3D U-Net, and also "
            "train the self-configuring nnU-Net framework in a federated fashion. Site heterogeneity lowers "
            "the Dice score of FedAvg by up to 7 points relative to centralized training on small sites, "
            "whereas FedBN, which keeps batch normalization statistics local, recovers most of the gap. The "
            "federated nnU-Net with FedBN achieves a mean Dice of 0.89 on BraTS 2021, within 0.01 of "
            "centralized training, and generalizes better to UCSF-PDGM than any single-site model. We further "
            "show that the number of local epochs interacts strongly with heterogeneity, and we provide "
            "practical recommendations for hospitals considering federated training of segmentation models."
        ),
        "benchmark": [("BraTS 2021", "evaluates_on", ["BraTS"]), ("UCSF-PDGM", "evaluates_on")],
        "model": [],
        "method": ["FedAvg", "FedProx", "SCAFFOLD", "FedBN", "U-Net", "nnU-Net"],
        "task": ["brain tumor segmentation", "federated learning"],
        "proposed": [],
        "results": [("nnU-Net", "BraTS 2021", "Dice", "0.89")],
    }
)

PAPERS.append(
    {
        "title": "Contrastive Refusal Steering: Inference-Time Defense Against Jailbreaks Without Over-Refusal",
        "abstract": (
            "Jailbreak attacks such as GCG and AutoDAN can make aligned chat models produce harmful content, "
            "and training-based defenses are expensive to update as new attacks appear. Activation steering "
            "offers a cheap alternative, but adding a fixed refusal direction makes models refuse benign "
            "requests as well. We propose Contrastive Refusal Steering (CRS), an inference-time defense that "
            "estimates a refusal direction from contrastive pairs of harmful and harmless prompts and applies "
            "it only when a linear probe on intermediate activations flags the input as likely harmful. The "
            "steering strength is scaled by the probe's confidence, so benign inputs are left almost "
            "untouched. We evaluate CRS on Llama-2-7B-Chat, Vicuna-7B-v1.5 and Mistral-7B-Instruct-v0.2 against "
            "GCG, AutoDAN and PAIR attacks on AdvBench and HarmBench. CRS lowers the attack success rate of GCG "
            "on Llama-2-7B-Chat from 56% to 4% on AdvBench while keeping the MT-Bench score within 0.1 of the "
            "undefended model, and it refuses fewer benign prompts from XSTest than SmoothLLM and perplexity "
            "filtering. Our results suggest that conditional steering is a practical complement to alignment "
            "training. Code will be released at https://github.com/crs-defense/crs."
        ),
        "benchmark": [
            ("AdvBench", "evaluates_on"),
            ("HarmBench", "evaluates_on"),
            ("MT-Bench", "evaluates_on"),
            ("XSTest", "evaluates_on"),
        ],
        "model": [
            ("Llama-2-7B-Chat", "uses"),
            ("Vicuna-7B-v1.5", "uses"),
            ("Mistral-7B-Instruct-v0.2", "uses"),
        ],
        "method": [("CRS", ["Contrastive Refusal Steering"]), "GCG", "AutoDAN", "PAIR", "SmoothLLM"],
        "task": ["defense against jailbreaks", "over-refusal", "activation steering"],
        "repo": ["github.com/crs-defense/crs"],
        "proposed": ["CRS"],
        "results": [("CRS", "AdvBench", "attack success rate", "4%")],
    }
)

PAPERS.append(
    {
        "title": "LookSpec: Lookahead Tree Drafting for Faster Speculative Decoding",
        "abstract": (
            "Speculative decoding accelerates autoregressive generation by letting a small draft model "
            "propose tokens that a large target model verifies in parallel. Tree-based drafting, as in Medusa "
            "and EAGLE, verifies several candidate continuations at once, but static tree shapes waste "
            "verification budget on unlikely branches. We call our approach LookSpec: the draft head predicts "
            "not only the next tokens but also its own acceptance probability for each branch, and a dynamic "
            "programming step selects the tree that maximizes the expected number of accepted tokens under a "
            "fixed verification budget. LookSpec trains a single draft head of 0.3B parameters per target "
            "model on ShareGPT conversations and is lossless, that is, the output distribution equals that of "
            "the target model. We evaluate with Vicuna-7B, Vicuna-33B and Llama-3-70B-Instruct as targets on "
            "MT-Bench, HumanEval, GSM8K and Alpaca. LookSpec achieves a speedup of 3.4x on MT-Bench with "
            "Vicuna-33B, compared with 2.9x for EAGLE and 2.2x for Medusa, and the largest gains appear on code "
            "generation, where token acceptance is highest. We further show that the acceptance predictor is "
            "well calibrated and transfers across temperatures. Code: https://github.com/lookspec/lookspec."
        ),
        "benchmark": [
            ("ShareGPT", "evaluates_on"),
            ("MT-Bench", "evaluates_on"),
            ("HumanEval", "evaluates_on"),
            ("GSM8K", "evaluates_on"),
            ("Alpaca", "evaluates_on"),
        ],
        "model": [("Vicuna-7B", "uses"), ("Vicuna-33B", "uses"), ("Llama-3-70B-Instruct", "uses")],
        "method": ["LookSpec", "Medusa", "EAGLE"],
        "task": ["speculative decoding"],
        "repo": ["github.com/lookspec/lookspec"],
        "proposed": ["LookSpec"],
        "results": [
            ("LookSpec", "MT-Bench", "speedup", "3.4x"),
            ("EAGLE", "MT-Bench", "speedup", "2.9x"),
            ("Medusa", "MT-Bench", "speedup", "2.2x"),
        ],
    }
)

PAPERS.append(
    {
        "title": "ChartRiddle-Bench: Probing Multi-Step Visual Reasoning over Scientific Charts",
        "abstract": (
            "Chart understanding benchmarks such as ChartQA and PlotQA mostly ask questions that can be "
            "answered by reading one value or applying one operation, and top multimodal models now exceed 85% "
            "accuracy on them. We present ChartRiddle-Bench, a benchmark of 3,100 questions over 1,450 charts "
            "extracted from arXiv papers, where each question requires at least three reasoning steps, such as "
            "reading values from several series, estimating trends and combining them with information from "
            "the caption. Questions were written by graduate students and verified for unambiguous answers. "
            "We evaluate 16 proprietary and open models, including GPT-4o, Claude 3.5 Sonnet, Gemini 1.5 Pro, "
            "Qwen2-VL-72B, InternVL2-76B and MiniCPM-V 2.6. The best model, Claude 3.5 Sonnet, answers 52.4% of "
            "ChartRiddle-Bench questions correctly, against 93% for human experts, and open models remain "
            "below 40%. Error analysis shows that models misread values from log-scaled axes and legends with "
            "many series, and that chain-of-thought prompting mainly helps with arithmetic over values that "
            "were read correctly. We also introduce ChartRiddle-Train, 40k automatically generated questions, "
            "and show that fine-tuning Qwen2-VL-7B on it improves accuracy by 9.3 points. Data and code are "
            "released at https://chartriddle.github.io and https://github.com/chartriddle/chartriddle-bench."
        ),
        "benchmark": [
            ("ChartRiddle-Bench", "introduces"),
            ("ChartQA", "mentions"),
            ("PlotQA", "mentions"),
            ("ChartRiddle-Train", "introduces"),
        ],
        "model": [
            ("GPT-4o", "uses"),
            ("Claude 3.5 Sonnet", "uses"),
            ("Gemini 1.5 Pro", "uses"),
            ("Qwen2-VL-72B", "uses"),
            ("InternVL2-76B", "uses"),
            ("MiniCPM-V 2.6", "uses"),
            ("Qwen2-VL-7B", "uses"),
        ],
        "method": ["chain-of-thought"],
        "task": ["chart understanding", "multi-step visual reasoning"],
        "repo": ["github.com/chartriddle/chartriddle-bench"],
        "url": ["chartriddle.github.io"],
        "proposed": ["ChartRiddle-Bench", "ChartRiddle-Train"],
        "results": [("Claude 3.5 Sonnet", "ChartRiddle-Bench", "accuracy", "52.4%")],
    }
)

PAPERS.append(
    {
        "title": "LoRA Learns Less but Forgets Less? Revisiting Forgetting in Parameter-Efficient Fine-Tuning",
        "abstract": (
            "Low-Rank Adaptation (LoRA) is widely used to specialize large language models, and recent work "
            "(Biderman et al., 2024) reported that it underperforms full fine-tuning on the target domain but "
            "better preserves the base model's abilities. We revisit this trade-off at larger scale and with "
            "more careful tuning. We fine-tune Llama-3-8B and Mistral-7B-v0.3 with full fine-tuning, LoRA, "
            "QLoRA and DoRA on two target domains, mathematics using MetaMathQA and code using "
            "Magicoder-Evol-Instruct-110K, and evaluate on GSM8K and HumanEval for the target domains. "
            "Forgetting is measured on HellaSwag, WinoGrande and ARC-Challenge. With a properly tuned learning "
            "rate and rank 256, LoRA closes most of the target-domain gap, reaching 71.3% accuracy on GSM8K "
            "with Llama-3-8B compared with 72.0% for full fine-tuning, while the forgetting advantage shrinks "
            "accordingly. DoRA behaves like LoRA at matched rank. We find that forgetting is better predicted by "
            "the spectral norm of the weight update than by the method, which explains why low-rank updates "
            "appear to forget less at small learning rates. Our results suggest that the learning rate, not "
            "the parameterization, controls the learning-forgetting trade-off."
        ),
        "benchmark": [
            ("MetaMathQA", "evaluates_on"),
            ("Magicoder-Evol-Instruct-110K", "evaluates_on"),
            ("GSM8K", "evaluates_on"),
            ("HumanEval", "evaluates_on"),
            ("HellaSwag", "evaluates_on"),
            ("WinoGrande", "evaluates_on"),
            ("ARC-Challenge", "evaluates_on"),
        ],
        "model": [("Llama-3-8B", "uses"), ("Mistral-7B-v0.3", "uses")],
        "method": [("LoRA", ["Low-Rank Adaptation"]), "QLoRA", "DoRA"],
        "task": ["parameter-efficient fine-tuning", "forgetting"],
        "proposed": [],
        "results": [("LoRA", "GSM8K", "accuracy", "71.3%")],
    }
)
